import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStateStore } from '../../../../server/src/plugins/host/memory-state-store.js';
import { createProcessRunner, type RunnerTuning } from '../../../../server/src/plugins/host/process-runner.js';
import type { PluginRunner, PluginStateStore, RunnablePlugin } from '../../../../server/src/plugins/host/runner-types.js';
import { ensureChildBuilt, fixturesDir, runnable, startPeer, systemClock, type Peer } from './host-fixture.js';

const memory = (): PluginStateStore => createMemoryStateStore(systemClock);
const quiet = { debug() {}, info() {}, warn() {}, error() {} } as unknown as RunnerTuning['logger'];
const runners: PluginRunner[] = [];
const make = (tuning: Partial<RunnerTuning> = {}) => {
  const r = createProcessRunner({ stateStore: memory(), clock: systemClock, tuning: { logger: quiet, ...tuning } });
  runners.push(r);
  return r;
};
const cap = (capability: string, input: unknown = {}) => ({ op: 'capability' as const, capability, input, idempotencyKey: capability });
const pidOf = async (r: PluginRunner, p: RunnablePlugin) => ((await r.run(p, cap('pid'))) as { value: { pid: number } }).value.pid;

let tmp: string;
let peer: Peer;
beforeAll(async () => {
  ensureChildBuilt();
  tmp = await mkdtemp(path.join(os.tmpdir(), 'p1-life-'));
  peer = await startPeer();
});
afterAll(async () => {
  await Promise.all(runners.map((r) => r.close()));
  await peer.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('deadlines', () => {
  it('the manifest timeoutMs bounds the call; the overrun process is replaced', async () => {
    const r = make();
    const p = runnable('sample');
    const before = await pidOf(r, p);
    const t0 = performance.now();
    const out = await r.run(p, cap('slow', { ms: 5000 }), { deadlineMs: 60_000 });
    expect(out).toEqual({ ok: false, error: { class: 'retryable', code: 'plugin.timeout', message: 'no answer within 800 ms; the plugin process was restarted' } });
    expect(performance.now() - t0).toBeLessThan(800 + 1000);
    expect(await pidOf(r, p)).not.toBe(before);
  });

  it('a shorter opts.deadlineMs wins over the manifest', async () => {
    const r = make();
    await pidOf(r, runnable('sample')); // started: the deadline covers the call only
    const t0 = performance.now();
    const out = await r.run(runnable('sample'), cap('slow', { ms: 5000 }), { deadlineMs: 300 });
    expect(out).toMatchObject({ ok: false, error: { code: 'plugin.timeout', message: expect.stringContaining('300 ms') } });
    expect(performance.now() - t0).toBeLessThan(300 + 1000);
  });

  it('a call within its deadline succeeds, and concurrent calls share one process', async () => {
    const r = make();
    const p = runnable('sample');
    const outs = await Promise.all([1, 2, 3, 4, 5].map((n) => r.run(p, { op: 'capability', capability: 'echo', input: { text: `t${n}` }, idempotencyKey: `k${n}` })));
    expect(outs.map((o) => (o as { value: { text: string } }).value.text)).toEqual(['t1', 't2', 't3', 't4', 't5']);
    expect(new Set(await Promise.all([1, 2, 3].map(() => pidOf(r, p)))).size).toBe(1);
  });
});

describe('process per installation', () => {
  it('installations get their own processes; one looping does not slow the other', async () => {
    const r = make();
    const a = runnable('malicious', { installationId: 'inst-a' });
    const b = runnable('sample', { installationId: 'inst-b' });
    await r.run(a, cap('ok'));
    await pidOf(r, b);
    const loop = r.run(a, cap('loop'));
    const t0 = performance.now();
    expect(await r.run(b, { op: 'capability', capability: 'echo', input: { text: 'x' }, idempotencyKey: 'i' })).toMatchObject({ ok: true });
    expect(performance.now() - t0).toBeLessThan(900);
    expect(await loop).toMatchObject({ ok: false, error: { code: 'plugin.timeout' } });
  });

  it('stop() ends the process and the next run starts a fresh one; an upgrade replaces it', async () => {
    const r = make();
    const p = runnable('sample');
    const first = await pidOf(r, p);
    await r.stop(p.installationId);
    const second = await pidOf(r, p);
    expect(second).not.toBe(first);
    const third = await pidOf(r, { ...p, version: '1.0.1' });
    expect(third).not.toBe(second);
  });

  it('an idle process is stopped and the next call starts a fresh one', async () => {
    const r = make({ idleMs: 300 });
    const p = runnable('sample');
    const first = await pidOf(r, p);
    let alive = true;
    for (let i = 0; i < 200 && alive; i++) {
      await new Promise((res) => setTimeout(res, 25)); // bounded poll for the reaper, not a fixed sleep
      try {
        process.kill(first, 0);
      } catch {
        alive = false;
      }
    }
    expect(alive).toBe(false);
    expect(await pidOf(r, p)).not.toBe(first);
  });

  it('too many crashes in a minute make the installation unavailable', async () => {
    const r = make({ restart: { baseBackoffMs: 10, maxBackoffMs: 50, maxRestartsPerMinute: 2 } });
    const p = runnable('malicious');
    const codes: string[] = [];
    for (let i = 0; i < 4; i++) {
      const out = await r.run(p, cap('exit'));
      codes.push(out.ok ? 'ok' : out.error.code);
    }
    expect(codes.slice(0, 3)).toEqual(['plugin.crashed', 'plugin.crashed', 'plugin.crashed']);
    const out = await r.run(p, cap('ok'));
    expect(out).toMatchObject({ ok: false, error: { class: 'retryable', code: 'plugin.unavailable' } });
    expect((out as { error: { retryAfterMs: number } }).error.retryAfterMs).toBeGreaterThan(50_000);
  });
});

describe('packages', () => {
  async function pkg(name: string, files: Record<string, string>, deps: Record<string, string> = {}): Promise<RunnablePlugin> {
    const dir = path.join(tmp, name, 'plugin');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name, type: 'module', dependencies: deps }));
    for (const [f, content] of Object.entries(files)) await writeFile(path.join(dir, f), content);
    return runnable('sample', { installationId: name, dir, manifest: { ...runnable('sample').manifest, main: 'index.js' } });
  }

  it('a package holding a link out of its folder is refused before it runs', async () => {
    const dir = path.join(tmp, 'linked');
    await cp(path.join(fixturesDir, 'sample'), dir, { recursive: true });
    await symlink('/etc/passwd', path.join(dir, 'passwd'));
    const out = await make().run(runnable('sample', { dir }), cap('pid'));
    expect(out).toMatchObject({ ok: false, error: { class: 'permanent', code: 'plugin.unsafe-package' } });
  });

  it('a module that fails to load is permanent plugin.load-failed', async () => {
    const p = await pkg('broken', { 'index.js': "throw new Error('cannot start');" });
    expect(await make().run(p, cap('pid'))).toEqual({ ok: false, error: { class: 'permanent', code: 'plugin.load-failed', message: 'cannot start' } });
  });

  it('declared dependencies are readable, undeclared ones are not', async () => {
    for (const dep of ['dep-a', 'dep-b']) {
      const d = path.join(tmp, 'deps', 'node_modules', dep);
      await mkdir(d, { recursive: true });
      await writeFile(path.join(d, 'package.json'), JSON.stringify({ name: dep, type: 'module', main: 'index.js' }));
      await writeFile(path.join(d, 'index.js'), `export const name = '${dep}';`);
    }
    const code = (dep: string) => `import { name } from '${dep}'; export default { id: 'sample', capabilities: { async pid() { return { pid: process.pid, dep: name }; } } };`;
    const ok = await pkg('deps', { 'index.js': code('dep-a') }, { 'dep-a': '1.0.0' });
    expect(await make().run(ok, cap('pid'))).toMatchObject({ ok: true, value: { dep: 'dep-a' } });
    await writeFile(path.join(ok.dir, 'index.js'), code('dep-b'));
    const out = await make().run(ok, cap('pid'));
    expect(out).toMatchObject({ ok: false, error: { class: 'permanent', code: 'plugin.load-failed' } });
  });
});

describe('host HTTP limits', () => {
  it('a response over the size cap is refused', async () => {
    const r = make({ http: { maxRedirects: 5, defaultTimeoutMs: 5000, maxResponseBytes: 1000 } });
    const p = runnable('sample', { allowedHosts: [`127.0.0.1:${peer.port}`] });
    const small = await r.run(p, cap('http', { url: `http://127.0.0.1:${peer.port}/big?bytes=900` }));
    expect(small).toMatchObject({ ok: true, value: { status: 200 } });
    const big = await r.run(p, cap('http', { url: `http://127.0.0.1:${peer.port}/big?bytes=5000` }));
    expect(big).toMatchObject({ ok: true, value: { error: { errorClass: 'permanent', code: 'plugin.http-too-large' } } });
  });

  it('redirects on the list are followed and keep the same-origin authorization', async () => {
    const r = make();
    const p = runnable('sample', { allowedHosts: [`127.0.0.1:${peer.port}`] });
    const out = await r.run(p, cap('http', { url: `http://127.0.0.1:${peer.port}/redirect?to=/final`, headers: { authorization: 'Bearer t' } }));
    expect(out).toMatchObject({ ok: true, value: { status: 200, body: { path: '/final', auth: 'Bearer t' } } });
  });

  it('the manifest concurrency limit keeps one request in flight at a time', async () => {
    const slowPeer = await startPeer();
    try {
      const r = make();
      const base = runnable('sample', { allowedHosts: [`127.0.0.1:${slowPeer.port}`] });
      const p = { ...base, installationId: 'conc', manifest: { ...base.manifest, rateLimit: { requestsPerSecond: 100, burst: 10, concurrency: 1 } } };
      await pidOf(r, p);
      const url = `http://127.0.0.1:${slowPeer.port}/slow?ms=150`;
      const outs = await Promise.all([1, 2, 3].map(() => r.run(p, cap('http', { url }))));
      expect(outs.every((o) => o.ok && (o.value as { status: number }).status === 200)).toBe(true);
      expect(slowPeer.hits).toHaveLength(3);
      expect(slowPeer.maxInFlight()).toBe(1);
    } finally {
      await slowPeer.close();
    }
  });

  it('the manifest rate limit fails fast as rate-limited when the wait would pass the deadline', async () => {
    const r = make();
    const base = runnable('sample', { allowedHosts: [`127.0.0.1:${peer.port}`] });
    const p = { ...base, installationId: 'rl', manifest: { ...base.manifest, rateLimit: { requestsPerSecond: 0.5, burst: 1 } } };
    const url = `http://127.0.0.1:${peer.port}/x`;
    await pidOf(r, p); // started: the deadline covers the calls only
    expect(await r.run(p, cap('http', { url }), { deadlineMs: 1500 })).toMatchObject({ ok: true, value: { status: 200 } });
    expect(await r.run(p, cap('http', { url }), { deadlineMs: 1500 })).toMatchObject({ ok: true, value: { error: { errorClass: 'rate-limited', code: 'plugin.rate-limited' } } });
  });
});
