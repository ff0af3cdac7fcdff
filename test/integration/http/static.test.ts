import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/harness.js';

let t: TestApp;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'oms-static-'));
  await mkdir(path.join(dir, 'assets'));
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
  await writeFile(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
  t = await startTestApp({ config: { staticDir: dir } });
});
afterAll(async () => {
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

describe('built designer', () => {
  it('serves files, falls back to index.html for client routes, never for /api', async () => {
    const js = await fetch(`${t.base}/assets/app.js`);
    expect(js.status).toBe(200);
    expect(await js.text()).toBe('console.log(1)');
    for (const p of ['/', '/definitions/form/x', '/inbox?tab=2']) {
      const r = await fetch(t.base + p);
      expect(r.status).toBe(200);
      expect(await r.text()).toContain('id="root"');
    }
    const api = await fetch(`${t.base}/api/definitionz`);
    expect(api.status).toBe(404);
    expect((await api.json()).error.code).toBe('not-found');
    const traversal = await fetch(`${t.base}/..%2f..%2fetc%2fpasswd`);
    expect(await traversal.text()).not.toContain('root:');
  });
});
