import { mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProcessRunner } from '../../../../server/src/plugins/host/process-runner.js';
import type { PluginRunner } from '../../../../server/src/plugins/host/runner-types.js';
import { createTestDb, type TestDb } from '../../../support/test-db.js';
import { ensureChildBuilt, pgStateStore, runnable, startPeer, systemClock, type Peer } from './host-fixture.js';

// Every SDK context port, round-tripped through a real child process and the real host services.
let db: TestDb;
let runner: PluginRunner;
let peer: Peer;
let filesRoot: string;
const logs: Array<{ level: string; obj: Record<string, unknown>; msg: string }> = [];
const sink = (level: string) => (obj: Record<string, unknown>, msg: string) => void logs.push({ level, obj, msg });

beforeAll(async () => {
  ensureChildBuilt();
  db = await createTestDb();
  peer = await startPeer();
  filesRoot = await mkdtemp(path.join(os.tmpdir(), 'p1-files-'));
  runner = createProcessRunner({
    stateStore: await pgStateStore(db.knex),
    clock: systemClock,
    tuning: { logger: { debug: sink('debug'), info: sink('info'), warn: sink('warn'), error: sink('error') } as never },
  });
});

afterAll(async () => {
  await runner.close();
  await peer.close();
  await rm(filesRoot, { recursive: true, force: true });
  await db.drop();
});

const sample = () => runnable('sample', { allowedHosts: [`127.0.0.1:${peer.port}`], filesRoot });
const call = (capability: string, input: unknown, deadlineMs?: number) =>
  runner.run(sample(), { op: 'capability', capability, input, idempotencyKey: `k-${capability}` }, deadlineMs ? { deadlineMs } : undefined);

describe('context ports', () => {
  it('passes input, idempotency key, config and credentials', async () => {
    expect(await call('echo', { text: 'hi' })).toEqual({ ok: true, value: { text: 'hi', idempotencyKey: 'k-echo', config: { shop: 'demo' }, credentialKeys: ['apiKey'] } });
  });

  it('state: set, get and delete in the PostgreSQL store, private to the installation', async () => {
    const first = await call('state', { key: 'cursor', value: { page: 2 } });
    expect(first).toEqual({ ok: true, value: { before: null, after: { page: 2 }, removed: false } });
    const again = await call('state', { key: 'cursor', value: { page: 3 }, remove: true });
    expect(again).toEqual({ ok: true, value: { before: { page: 2 }, after: { page: 3 }, removed: true } });
    const other = await runner.run(runnable('sample', { installationId: 'inst-other', filesRoot }), { op: 'capability', capability: 'state', input: { key: 'cursor', value: 1 }, idempotencyKey: 'x' });
    expect(other).toMatchObject({ ok: true, value: { before: null } });
    const rows = await db.knex('p1_plugin_state').select('installation_id', 'key').orderBy('installation_id');
    expect(rows).toEqual([{ installation_id: 'inst-other', key: 'cursor' }]);
  });

  it('http: the host performs the request to a listed peer (query, JSON body, parsed JSON answer)', async () => {
    const out = await call('http', { method: 'POST', url: `http://127.0.0.1:${peer.port}/orders`, query: { since: 5 }, body: { a: 1 } });
    expect(out).toEqual({ ok: true, value: { status: 200, contentType: 'application/json', body: { method: 'POST', path: '/orders', query: { since: '5' }, body: { a: 1 }, auth: null } } });
  });

  it('files: write, list, read, move inside the root; reads outside refused', async () => {
    const out = await call('files', { dir: 'inbound', content: 'ISA*00', escape: '../../etc/passwd' });
    expect(out).toEqual({ ok: true, value: { listed: ['a.txt'], read: 'ISA*00', after: [], done: ['inbound-a.txt'], escape: 'plugin.path-denied' } });
    expect(await readFile(path.join(filesRoot, 'done/inbound-a.txt'), 'utf8')).toBe('ISA*00');
    await symlink('/etc', path.join(filesRoot, 'etc-link'));
    const viaLink = await call('files', { dir: 'x', content: '1', escape: 'etc-link/passwd' });
    expect(viaLink).toMatchObject({ ok: true, value: { escape: 'plugin.path-denied' } });
    const absolute = await call('files', { dir: 'y', content: '1', escape: '/etc/passwd' });
    expect(absolute).toMatchObject({ ok: true, value: { escape: 'plugin.path-denied' } });
  });

  it('clock and deadline come from the host', async () => {
    const before = systemClock.now();
    const out = (await call('clock', {}, 3000)) as { ok: true; value: { now: number; deadline: number } };
    const after = systemClock.now();
    expect(out.value.now).toBeGreaterThanOrEqual(before);
    expect(out.value.now).toBeLessThanOrEqual(after);
    expect(out.value.deadline).toBeGreaterThan(before);
    expect(out.value.deadline).toBeLessThanOrEqual(before + 3000 + 5);
  });

  it('logger: lines reach the host tagged with the installation, credentials masked', async () => {
    logs.length = 0;
    expect(await call('log', { n: 1 })).toEqual({ ok: true, value: { logged: 2 } });
    for (let i = 0; i < 50 && logs.length < 2; i++) await new Promise((r) => setImmediate(r));
    expect(logs.map((l) => [l.level, l.msg])).toEqual([['info', 'connecting with [redacted]'], ['warn', 'careful']]);
    expect(logs[0].obj).toMatchObject({ plugin: 'sample', installation: 'inst-sample', tenant: 'tenant-a', fields: { key: '[redacted]', n: 1 } });
    expect(JSON.stringify(logs)).not.toContain('sk_live_very_secret_value');
  });

  it('webhook parse and test connection', async () => {
    const hook = await runner.run(sample(), { op: 'webhook', delivery: { headers: { 'x-delivery-id': 'd-1' }, rawBody: '{"type":"order.created","id":7}', receivedAt: 1 } });
    expect(hook).toEqual({ ok: true, value: { deliveryId: 'd-1', events: [{ type: 'order.created', payload: { type: 'order.created', id: 7 } }] } });
    expect(await runner.run(sample(), { op: 'test-connection' })).toEqual({ ok: true, value: { ok: true, message: 'configured for demo' } });
  });
});

describe('errors and schemas', () => {
  it.each([
    ['retryable', undefined, 'plugin.retryable'],
    ['rate-limited', 1500, 'plugin.rate-limited'],
    ['auth', undefined, 'plugin.auth'],
    ['conflict', undefined, 'plugin.conflict'],
    ['validation', undefined, 'plugin.validation'],
    ['permanent', undefined, 'plugin.permanent'],
  ] as const)('a thrown PluginFailure %s keeps its class', async (errorClass, retryAfterMs, code) => {
    const out = await call('fail', { errorClass, message: `remote said ${errorClass}`, retryAfterMs });
    expect(out).toEqual({ ok: false, error: { class: errorClass, code, message: `remote said ${errorClass}`, ...(retryAfterMs ? { retryAfterMs } : {}) } });
  });

  it('a PluginFailure with its own code keeps it', async () => {
    expect(await call('fail', { errorClass: 'conflict', message: 'dup', code: 'vendure.duplicate' })).toEqual({ ok: false, error: { class: 'conflict', code: 'vendure.duplicate', message: 'dup' } });
  });

  it('anything else thrown is permanent plugin.error with the message and no stack', async () => {
    const out = await call('throw', {});
    expect(out).toEqual({ ok: false, error: { class: 'permanent', code: 'plugin.error', message: 'boom in the plugin' } });
  });

  it('an unknown class becomes plugin.error', async () => {
    expect(await call('fail', { errorClass: 'whatever', message: 'x' })).toEqual({ ok: false, error: { class: 'permanent', code: 'plugin.error', message: 'x' } });
  });

  it('input is checked against the manifest before the plugin runs', async () => {
    expect(await call('echo', { text: 5 })).toEqual({ ok: false, error: { class: 'validation', code: 'plugin.bad-input', message: '/text: must be string' } });
  });

  it('output is checked against the manifest', async () => {
    expect(await call('bad-output', {})).toEqual({ ok: false, error: { class: 'permanent', code: 'plugin.bad-output', message: 'output does not match the manifest: /items: must be array' } });
  });

  it('an unknown capability is refused', async () => {
    expect(await call('nope', {})).toMatchObject({ ok: false, error: { class: 'permanent', code: 'plugin.unknown-capability' } });
  });
});
