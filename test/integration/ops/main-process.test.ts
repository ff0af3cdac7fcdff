import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
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

/** Start `main.ts` in demo mode; resolves with its URL and everything it printed before listening. */
function start(dir: string): Promise<{ child: ChildProcess; url: string; out: string }> {
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['--conditions=oms-source', 'server/src/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', OMS_DATA_DIR: dir, LOG_LEVEL: 'warn', DATABASE_URL: '' },
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
