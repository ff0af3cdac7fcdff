import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/harness.js';

let t: TestApp;
let dir: string;
const big = 'console.log("oms");\n'.repeat(2000);
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'oms-headers-'));
  await mkdir(path.join(dir, 'assets'));
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
  await writeFile(path.join(dir, 'assets', 'index-B1a2c3D4.js'), big);
  await writeFile(path.join(dir, 'favicon.svg'), '<svg/>');
  // Precompressed at build time (designer/build/precompress.ts): sent as is.
  await writeFile(path.join(dir, 'assets', 'pre-Ab12Cd34.js'), big);
  await writeFile(path.join(dir, 'assets', 'pre-Ab12Cd34.js.br'), brotliCompressSync('/* from the .br file */'));
  t = await startTestApp({ config: { staticDir: dir } });
});
afterAll(async () => {
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

describe('security headers on every response', () => {
  it.each(['/', '/assets/index-B1a2c3D4.js', '/api/health', '/api/nope', '/api/users'])('%s', async (p) => {
    const r = await fetch(t.base + p);
    const csp = r.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(r.headers.get('x-frame-options')).toBe('DENY');
  });
});

describe('designer files: compressed and cached by kind', () => {
  it('hashed assets are immutable for a year and compressed by Accept-Encoding', async () => {
    for (const [enc, want] of [['br', 'br'], ['gzip', 'gzip'], ['gzip, br', 'br']] as const) {
      const r = await fetch(`${t.base}/assets/index-B1a2c3D4.js`, { headers: { 'accept-encoding': enc } });
      expect(r.status).toBe(200);
      expect(r.headers.get('content-encoding')).toBe(want);
      expect(r.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(await r.text()).toBe(big); // fetch decompresses
    }
    const plain = await fetch(`${t.base}/assets/index-B1a2c3D4.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
  });

  it('a build-time .br beside an asset is sent instead of compressing on the fly', async () => {
    const r = await fetch(`${t.base}/assets/pre-Ab12Cd34.js`, { headers: { 'accept-encoding': 'br' } });
    expect(r.headers.get('content-encoding')).toBe('br');
    expect(r.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await r.text()).toBe('/* from the .br file */');
  });

  it('index.html and unhashed files are revalidated (no-cache); client routes get index.html the same way', async () => {
    for (const p of ['/', '/index.html', '/definitions/form/x', '/favicon.svg']) {
      const r = await fetch(t.base + p);
      expect(r.status).toBe(200);
      expect(r.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('a missing hashed asset is a 404, not the app shell cached for a year', async () => {
    const r = await fetch(`${t.base}/assets/gone-Zz9Yy8Xx.js`);
    expect(r.status).toBe(404);
    expect(r.headers.get('cache-control') ?? '').not.toContain('immutable');
  });

  it('API JSON is compressed too', async () => {
    const r = await fetch(`${t.base}/api/openapi.json`, { headers: { 'accept-encoding': 'br' } });
    expect(r.headers.get('content-encoding')).toBe('br');
    expect((await r.json()).openapi).toBe('3.1.0');
  });
});
