import { statSync, existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCredentialCipher, credentialContext } from '../../../server/src/plugins/crypto/credential-cipher.js';
import { loadMasterKey, MASTER_KEY_FILE } from '../../../server/src/plugins/crypto/master-key.js';
import { Client, seedTenant } from '../http/support/harness.js';
import { dumpDatabase } from './dump-database.js';
import { startPlatformApp, type PlatformApp } from './platform-fixture.js';

const SECRET = 'sk_live_P2_SECRET_0123456789';
const HOOK_SECRET = 'whsec_P2_ANOTHER_SECRET_42';
let t: PlatformApp;
let a: Client;
let id: string;

beforeAll(async () => {
  t = await startPlatformApp();
  await seedTenant(t.db, 'cred-a');
  a = await Client.login(t.base, 'admin@cred-a.test', 'cred-a');
});
afterAll(() => t.close());

describe('credentials are write-only and encrypted at rest', () => {
  it('install with credentials: the answer names the fields, never the values', async () => {
    const r = await a.post('/api/installations', { pluginId: 'p2-shop', config: { shop: 'cred' }, credentials: { apiKey: SECRET } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    id = r.body.id;
    expect(r.body.credentials).toMatchObject({ set: true, fields: ['apiKey'] });
    expect(JSON.stringify(r.body)).not.toContain(SECRET);
  });

  it('PUT merges, validates by the manifest (path, no value echoed), and answers field names only', async () => {
    const bad = await a.request('PUT', `/api/installations/${id}/credentials`, { body: { credentials: { apiKey: 12345 } } });
    expect([bad.status, bad.body.error.code, bad.body.error.path]).toEqual([422, 'installation.credentials-invalid', '/credentials/apiKey']);
    expect(JSON.stringify(bad.body)).not.toContain('12345');
    const r = await a.request('PUT', `/api/installations/${id}/credentials`, { body: { credentials: { webhookSecret: HOOK_SECRET } } });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.fields).toEqual(['apiKey', 'webhookSecret']);
    for (const url of ['/api/installations', `/api/installations/${id}`, `/api/installations/${id}/health`, '/api/plugins']) {
      const text = JSON.stringify((await a.get(url)).body);
      expect(text, url).not.toContain(SECRET);
      expect(text, url).not.toContain(HOOK_SECRET);
    }
  });

  it('the plugin gets them decrypted (test connection with a wrong, then the right key)', async () => {
    const wrong = await a.post(`/api/installations/${id}/test`);
    expect(wrong.body, JSON.stringify(wrong.body)).toMatchObject({ ok: false, message: 'the shop refused the API key' });
    await a.request('PUT', `/api/installations/${id}/credentials`, { body: { credentials: { apiKey: 'good-key' } } });
    const right = await a.post(`/api/installations/${id}/test`);
    expect(right.body, JSON.stringify(right.body)).toMatchObject({ ok: true, message: 'connected to cred' });
    await a.request('PUT', `/api/installations/${id}/credentials`, { body: { credentials: { apiKey: SECRET } } });
  });

  it('the column holds AES-256-GCM ciphertext bound to the installation', async () => {
    const row = await t.db('plugin_installations').where({ id }).first('tenant_id', 'credentials');
    expect(row.credentials).toMatch(/^v1:[\w-]+:[\w-]+:[\w-]+$/);
    expect(row.credentials).not.toContain(SECRET);
    const cipher = await t.host.platform.options.cipher();
    expect(cipher.decrypt(row.credentials, credentialContext(row.tenant_id, id))).toMatchObject({ apiKey: SECRET, webhookSecret: HOOK_SECRET });
    // The same ciphertext pasted onto another installation does not decrypt (the additional data differs).
    expect(() => cipher.decrypt(row.credentials, credentialContext(row.tenant_id, '00000000-0000-7000-8000-000000000001'))).toThrow();
  });

  it('is in no audit row and no log line', async () => {
    const audit = await t.db('audit_log').where('subject', `installation:${id}`).select('action', 'details');
    expect(audit.map((r) => r.action)).toEqual(expect.arrayContaining(['installation.create', 'installation.credentials']));
    expect(JSON.stringify(audit)).not.toContain(SECRET);
    expect(JSON.stringify(audit)).not.toContain(HOOK_SECRET);
    expect(t.logs.length).toBeGreaterThan(0);
    expect(t.logs.join('\n')).not.toContain(SECRET);
    expect(t.logs.join('\n')).not.toContain(HOOK_SECRET);
  });

  it('is not in plaintext anywhere in a dump of the database', async () => {
    const dump = await dumpDatabase(t.db, t.testDb.url);
    expect(dump.text).toContain('plugin_installations'); // the dump did cover our table
    expect(dump.text, dump.via).not.toContain(SECRET);
    expect(dump.text, dump.via).not.toContain(HOOK_SECRET);
  });

  it('the generated key file is 0600 in the data folder', () => {
    const file = path.join(t.dataDir, MASTER_KEY_FILE);
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});

describe('master key', () => {
  it('OMS_MASTER_KEY wins over the file (hex or base64 of 32 bytes) and writes no file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'oms-key-'));
    const hex = 'ab'.repeat(32);
    expect((await loadMasterKey({ dataDir: dir, env: { OMS_MASTER_KEY: hex } })).toString('hex')).toBe(hex);
    expect((await loadMasterKey({ dataDir: dir, env: { OMS_MASTER_KEY: Buffer.from(hex, 'hex').toString('base64') } })).toString('hex')).toBe(hex);
    expect(existsSync(path.join(dir, MASTER_KEY_FILE))).toBe(false);
    await expect(loadMasterKey({ dataDir: dir, env: { OMS_MASTER_KEY: 'short' } })).rejects.toThrow(/32 bytes/);
  });

  it('a generated key is reused by the next start; a ciphertext survives it', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'oms-key-'));
    const k1 = await loadMasterKey({ dataDir: dir, env: {} });
    const k2 = await loadMasterKey({ dataDir: dir, env: {} });
    expect(k2.equals(k1)).toBe(true);
    const sealed = createCredentialCipher(k1).encrypt({ token: 'x' }, 'ctx');
    expect(createCredentialCipher(k2).decrypt(sealed, 'ctx')).toEqual({ token: 'x' });
    expect(() => createCredentialCipher(Buffer.alloc(32, 1)).decrypt(sealed, 'ctx')).toThrow();
  });
});
