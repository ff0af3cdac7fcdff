import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, PASSWORD, seedTenant, startTestApp, type TestApp } from '../http/support/harness.js';

let t: TestApp;
let admin: Client;
let adminId: string;
beforeAll(async () => {
  t = await startTestApp();
  adminId = (await seedTenant(t.db, 'acme')).users.admin;
  admin = await Client.login(t.base, 'admin@acme.test', 'acme');
});
afterAll(() => t.close());

describe('users admin API', () => {
  it('creates, lists and updates users; passwords are argon2id hashes', async () => {
    const c = await admin.post('/api/users', { email: 'New@Acme.test', name: 'Newbie', role: 'customer', password: 'secret-123' });
    expect(c.status).toBe(201);
    expect(c.body).toMatchObject({ email: 'new@acme.test', name: 'Newbie', role: 'customer', disabled: false });
    expect(c.body).not.toHaveProperty('password_hash');
    const row = await t.db('users').where({ id: c.body.id }).first();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);

    const list = await admin.get('/api/users');
    expect(list.body.items.map((u: any) => u.email)).toContain('new@acme.test');
    expect(JSON.stringify(list.body)).not.toContain('argon2');

    const p = await admin.request('PATCH', `/api/users/${c.body.id}`, { body: { role: 'approver', name: 'Promoted' } });
    expect(p.status).toBe(200);
    expect(p.body).toMatchObject({ role: 'approver', name: 'Promoted' });
  });

  it('refuses duplicate emails (case-insensitive) with 409', async () => {
    const r = await admin.post('/api/users', { email: 'ANALYST@acme.test', name: 'x', role: 'analyst', password: 'secret-123' });
    expect([r.status, r.body.error.code]).toEqual([409, 'user.email-taken']);
  });

  it('disabling a user ends their sessions and blocks login; re-enabling restores it', async () => {
    const op = await Client.login(t.base, 'operator@acme.test', 'acme');
    const opId = (await op.get('/api/auth/me')).body.user.id;
    expect((await admin.request('PATCH', `/api/users/${opId}`, { body: { disabled: true } })).status).toBe(200);
    expect((await op.get('/api/auth/me')).status).toBe(401);
    await expect(Client.login(t.base, 'operator@acme.test', 'acme')).rejects.toThrow(/401/);
    await admin.request('PATCH', `/api/users/${opId}`, { body: { disabled: false } });
    await Client.login(t.base, 'operator@acme.test', 'acme');
  });

  it('changing a password ends sessions; the new password works, the old does not', async () => {
    const ap = await Client.login(t.base, 'approver@acme.test', 'acme');
    const id = (await ap.get('/api/auth/me')).body.user.id;
    expect((await admin.request('PATCH', `/api/users/${id}`, { body: { password: 'brand-new-pass' } })).status).toBe(200);
    expect((await ap.get('/api/auth/me')).status).toBe(401);
    await expect(Client.login(t.base, 'approver@acme.test', 'acme', PASSWORD)).rejects.toThrow(/401/);
    await Client.login(t.base, 'approver@acme.test', 'acme', 'brand-new-pass');
  });

  it('an admin cannot lock themselves out; unknown users are 404; empty patches are 400', async () => {
    const self = await admin.request('PATCH', `/api/users/${adminId}`, { body: { role: 'analyst' } });
    expect([self.status, self.body.error.code]).toEqual([409, 'user.self-lockout']);
    const missing = await admin.request('PATCH', '/api/users/01900000-0000-7000-8000-000000000000', { body: { name: 'x' } });
    expect([missing.status, missing.body.error.code]).toEqual([404, 'not-found']);
    expect((await admin.request('PATCH', `/api/users/${adminId}`, { body: {} })).status).toBe(400);
  });
});
