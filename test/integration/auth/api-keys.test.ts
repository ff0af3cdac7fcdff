import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, seedTenant, startTestApp, type TestApp } from '../http/support/harness.js';

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await startTestApp();
  await seedTenant(t.db, 'acme');
  admin = await Client.login(t.base, 'admin@acme.test', 'acme');
});
afterAll(() => t.close());

describe('API keys', () => {
  it('returns the key once, stores only its hash, authenticates as its role without CSRF', async () => {
    const created = await admin.post('/api/api-keys', { name: 'ci', role: 'analyst' });
    expect(created.status).toBe(201);
    const key: string = created.body.key;
    expect(key).toMatch(/^oms_[A-Za-z0-9_-]{40,}$/);
    expect(created.body.prefix).toBe(key.slice(0, 12));
    const row = await t.db('api_keys').where({ id: created.body.id }).first();
    expect(JSON.stringify(row)).not.toContain(key);

    const list = await admin.get('/api/api-keys');
    expect(list.body.items.find((k: any) => k.id === created.body.id)).toMatchObject({ prefix: key.slice(0, 12) });
    expect(JSON.stringify(list.body)).not.toContain(key);

    const bot = Client.withKey(t.base, key);
    const me = await bot.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.user.role).toBe('analyst');
    // analyst may not manage users
    expect((await bot.get('/api/users')).status).toBe(403);
    // a write with the key needs no CSRF token: role decides (403 forbidden, not csrf)
    const w = await bot.post('/api/api-keys', { name: 'x', role: 'admin' });
    expect(w.body.error.code).toBe('auth.forbidden');
  });

  it('revokes: the key stops working at once', async () => {
    const created = await admin.post('/api/api-keys', { name: 'temp', role: 'admin' });
    const bot = Client.withKey(t.base, created.body.key);
    expect((await bot.get('/api/users')).status).toBe(200);
    expect((await admin.request('DELETE', `/api/api-keys/${created.body.id}`)).status).toBe(204);
    const after = await bot.get('/api/users');
    expect(after.status).toBe(401);
    expect((await admin.request('DELETE', `/api/api-keys/${created.body.id}`)).status).toBe(404);
  });

  it('rejects malformed and unknown bearer tokens with 401', async () => {
    for (const auth of ['Bearer oms_nope', 'Bearer ', 'Basic abc', `Bearer ${'x'.repeat(500)}`]) {
      const r = await fetch(`${t.base}/api/auth/me`, { headers: { authorization: auth } });
      expect(r.status).toBe(401);
    }
  });
});
