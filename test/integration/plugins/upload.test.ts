import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Header } from 'tar';
import { gzipSync } from 'node:zlib';
import { Client, seedTenant } from '../http/support/harness.js';
import { packTgz, shopDir, shopVersion, startPlatformApp, type PlatformApp } from './platform-fixture.js';

let t: PlatformApp;
let a: Client;
const upload = (c: Client, tgz: Buffer) =>
  c.request('POST', '/api/plugins/upload', { raw: tgz as unknown as string, headers: { 'content-type': 'application/gzip' } });

/** A one-entry tarball with any path (tar's own Header encodes it; `tar.c` would refuse the bad ones). */
function rawTgz(entries: Array<{ path: string; body: string; type?: string }>): Buffer {
  const blocks: Buffer[] = [];
  for (const e of entries) {
    const body = Buffer.from(e.body);
    const h = new Header({ path: e.path, mode: 0o644, size: e.type === 'SymbolicLink' ? 0 : body.length, type: (e.type ?? 'File') as 'File', linkpath: e.type === 'SymbolicLink' ? '/etc/passwd' : '', mtime: new Date(0) });
    const block = Buffer.alloc(512);
    h.encode(block, 0);
    blocks.push(block);
    if (e.type !== 'SymbolicLink') blocks.push(body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}

beforeAll(async () => {
  t = await startPlatformApp({ packageLimits: { maxUnpackedBytes: 1024 * 1024, maxEntries: 100 } });
  await seedTenant(t.db, 'up-a');
  await seedTenant(t.db, 'up-b');
  a = await Client.login(t.base, 'admin@up-a.test', 'up-a');
});
afterAll(() => t.close());

const manifest = JSON.parse(readFileSync(path.join(shopDir, 'manifest.json'), 'utf8'));
const withManifest = (m: unknown) => (tmp: string) => writeFileSync(path.join(tmp, 'manifest.json'), JSON.stringify(m));

describe('a bad package is refused with a stable code and path, and nothing is installed', () => {
  const cases: Array<[string, () => Promise<Buffer>, number, string, string]> = [
    ['not gzip', async () => Buffer.from('PK\u0003\u0004 a zip file'), 400, 'plugin.package-not-gzip', ''],
    ['truncated gzip', async () => (await packTgz(shopDir, shopVersion('9.0.1'))).subarray(0, 60), 400, 'plugin.package-invalid', ''],
    ['no manifest', () => packTgz(shopDir, (tmp) => rmSync(path.join(tmp, 'manifest.json'))), 422, 'plugin.manifest-missing', '/manifest.json'],
    ['manifest not JSON', () => packTgz(shopDir, (tmp) => writeFileSync(path.join(tmp, 'manifest.json'), '{"kind": ')), 422, 'plugin.manifest-invalid-json', '/manifest.json'],
    ['bad manifest (id)', () => packTgz(shopDir, withManifest({ ...manifest, version: '9.0.2', id: 'Bad_Id' })), 422, 'plugin.manifest-invalid', '/manifest.json/id'],
    ['wrong apiVersion', () => packTgz(shopDir, withManifest({ ...manifest, version: '9.0.3', apiVersion: '2' })), 422, 'plugin.unsupported-api-version', '/manifest.json/apiVersion'],
    ['main module missing', () => packTgz(shopDir, withManifest({ ...manifest, version: '9.0.4', main: 'dist/nope.js' })), 422, 'plugin.main-missing', '/manifest.json/main'],
    ['path traversal', async () => rawTgz([{ path: 'package/manifest.json', body: JSON.stringify(manifest) }, { path: 'package/../../evil.js', body: 'x' }]), 400, 'plugin.package-unsafe-path', ''],
    ['absolute path', async () => rawTgz([{ path: '/tmp/evil.js', body: 'x' }]), 400, 'plugin.package-unsafe-path', ''],
    ['outside package/', async () => rawTgz([{ path: 'other/index.js', body: 'x' }]), 400, 'plugin.package-unsafe-path', ''],
    ['symbolic link', async () => rawTgz([{ path: 'package/link', body: '', type: 'SymbolicLink' }]), 400, 'plugin.package-unsafe-entry', ''],
    ['unpacked too big', () => packTgz(shopDir, (tmp) => writeFileSync(path.join(tmp, 'big.bin'), Buffer.alloc(2 * 1024 * 1024))), 413, 'plugin.package-too-large', ''],
    ['bundled id and version again', () => packTgz(shopDir), 409, 'plugin.version-exists', '/manifest.json/version'],
    ['reserved id', () => packTgz(shopDir, withManifest({ ...manifest, id: 'demo' })), 409, 'plugin.id-reserved', '/manifest.json/id'],
  ];
  it.each(cases)('%s', async (_name, make, status, code, at) => {
    const r = await upload(a, await make());
    expect([r.status, r.body.error?.code, r.body.error?.path ?? ''], JSON.stringify(r.body)).toEqual([status, code, at]);
  });

  it('upload over 10 MB: 413 before reading it all', async () => {
    const r = await upload(a, Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.alloc(10 * 1024 * 1024 + 10)]));
    expect([r.status, r.body.error.code]).toEqual([413, 'request.body-too-large']);
  });

  it('left no package row and no file behind', async () => {
    expect(await t.db('plugin_packages').count('* as n')).toEqual([{ n: '0' }]);
    const dir = path.join(t.dataDir, 'plugin-packages');
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
  });
});

describe('a good package', () => {
  it('is stored once for the uploading tenant and listed in its catalog only', async () => {
    const tgz = await packTgz(shopDir, shopVersion('1.1.0'));
    const r = await upload(a, tgz);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ pluginId: 'p2-shop', version: '1.1.0', duplicate: false });
    expect((await upload(a, tgz)).body).toMatchObject({ duplicate: true });
    const changed = await upload(a, await packTgz(shopDir, (tmp) => { shopVersion('1.1.0')(tmp); writeFileSync(path.join(tmp, 'extra.txt'), 'x'); }));
    expect([changed.status, changed.body.error.code]).toEqual([409, 'plugin.version-exists']);
    const shop = (await a.get('/api/plugins')).body.items.find((p: any) => p.id === 'p2-shop');
    expect(shop.versions.map((v: any) => [v.version, v.source])).toEqual([['1.1.0', 'uploaded'], ['1.0.0', 'bundled']]);
    expect(shop.latest).toBe('1.1.0');
    const b = await Client.login(t.base, 'admin@up-b.test', 'up-b');
    const forB = (await b.get('/api/plugins')).body.items.find((p: any) => p.id === 'p2-shop');
    expect(forB.versions.map((v: any) => v.version)).toEqual(['1.0.0']);
    expect(existsSync(path.join(t.dataDir, 'plugin-packages', r.body.sha256, 'index.js'))).toBe(true);
  });
});
