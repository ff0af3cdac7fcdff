import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Client } from '../http/support/harness.js';

const root = path.resolve(import.meta.dirname, '../../..');
let dataDir: string | undefined;
const children: ChildProcess[] = [];

afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Start `main.ts` in demo mode in ONE node process (so its pid is the server's); resolves once it listens. */
function start(dir: string, env: Record<string, string> = {}): Promise<{ child: ChildProcess; url: string; out: string }> {
  const child = spawn(process.execPath, ['--conditions=oms-source', '--import', 'tsx', 'server/src/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', OMS_DATA_DIR: dir, LOG_LEVEL: 'warn', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /listening on (http:\/\/localhost:\d+)/.exec(out);
      if (m && /Demo logins/.test(out)) resolve({ child, url: m[1].replace('localhost', '127.0.0.1'), out });
    });
    child.stderr!.on('data', (d) => (out += d));
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
}

const stop = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });

describe('npm start (demo mode, embedded PostgreSQL)', () => {
  it('seeds once, serves the API, stops cleanly on SIGTERM and reuses its data on the next start', async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'oms-main-'));
    const first = await start(dataDir);
    expect(first.out).toContain('demo data seeded');
    expect(first.out).toMatch(/admin@demo\.test.*customer@demo\.test/);
    expect((await fetch(`${first.url}/api/health`)).status).toBe(200);
    const admin = await Client.login(first.url, 'admin@demo.test', 'demo', 'demo1234');
    expect((await admin.get('/api/users')).body.items).toHaveLength(5);
    expect((await admin.post('/api/users', { email: 'kept@demo.test', name: 'Kept', role: 'operator', password: 'kept-123456' })).status).toBe(201);
    expect(await stop(first.child)).toBe(0);

    const second = await start(dataDir);
    expect(second.out).not.toContain('demo data seeded');
    const again = await Client.login(second.url, 'kept@demo.test', 'demo', 'kept-123456');
    expect((await again.get('/api/auth/me')).body.user.email).toBe('kept@demo.test');
    expect(await stop(second.child)).toBe(0);
  }, 120_000);
});

const postmasterPid = async (dir: string) => Number((await readFile(path.join(dir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0]);
/** Running, not a zombie waiting for a (possibly slow) reaper: a stopped orphan is re-parented to init. */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = readFileSync(`/proc/${pid}/stat`, { encoding: 'utf8', flag: 'r' });
  return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
};
const health = (url: string) => fetch(`${url}/api/health`).then((r) => r.status, () => 0);

/** Poll a condition (another process changes state) with a bounded number of tries. */
async function until(what: string, check: () => Promise<boolean> | boolean, tries = 300, everyMs = 100): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('restart after a crash', () => {
  it('kill -9 of the server orphans PostgreSQL; the next start stops it with pg_ctl and is healthy', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'oms-crash-'));
    try {
      const first = await start(dir);
      const orphan = await postmasterPid(dir);
      const exited = new Promise((r) => first.child.once('exit', r));
      first.child.kill('SIGKILL');
      await exited;
      expect(alive(orphan)).toBe(true); // the crash left PostgreSQL running, holding the data-dir lock

      const second = await start(dir);
      expect(second.out).toContain(`Stopped an orphaned PostgreSQL (pid ${orphan})`);
      expect(second.out).not.toContain('undefined');
      expect(alive(orphan)).toBe(false);
      expect(await health(second.url)).toBe(200);
      const admin = await Client.login(second.url, 'admin@demo.test', 'demo', 'demo1234');
      expect((await admin.get('/api/users')).status).toBe(200);
      expect(await stop(second.child)).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('PostgreSQL killed under a running server: health 503, then 200 again without restarting node', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'oms-pgdie-'));
    try {
      const s = await start(dir);
      const admin = await Client.login(s.url, 'admin@demo.test', 'demo', 'demo1234');
      const before = await postmasterPid(dir);
      process.kill(before, 'SIGKILL');
      await until('health 503', async () => (await health(s.url)) === 503);
      await until('health 200 again', async () => (await health(s.url)) === 200, 600);
      expect(s.child.exitCode).toBeNull(); // the same node process
      expect(await postmasterPid(dir)).not.toBe(before);
      // Pooled connections that died with the old postmaster were discarded: the session still works.
      expect((await admin.get('/api/users')).status).toBe(200);
      expect(await stop(s.child)).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('a start failure says what failed and what to do, never `undefined`', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'oms-busy-'));
    const busy = createServer();
    await new Promise<void>((r) => busy.listen(0, r));
    try {
      const port = (busy.address() as { port: number }).port;
      const failed = await start(dir, { PORT: String(port) }).then(
        () => '',
        (e: Error) => e.message,
      );
      expect(failed).toContain(`Port ${port} is already in use`);
      expect(failed).toContain('What to do: Stop what uses it, or set PORT to another port.');
      expect(failed).not.toContain('undefined');
      // The failed start stopped its PostgreSQL: nothing orphaned.
      // A clean stop removes postmaster.pid; otherwise the pid it names must be gone.
      await until('postmaster gone', async () => {
        const pid = await postmasterPid(dir).catch(() => 0);
        return pid === 0 || !alive(pid);
      });
    } finally {
      busy.close();
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
