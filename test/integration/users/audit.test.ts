import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, seedTenant, startTestApp, type TestApp } from '../http/support/harness.js';

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await startTestApp();
  await seedTenant(t.db, 'acme');
  await new Client(t.base).post('/api/auth/login', { tenant: 'acme', email: 'admin@acme.test', password: 'wrong-one' });
  admin = await Client.login(t.base, 'admin@acme.test', 'acme');
  const u = await admin.post('/api/users', { email: 'x@acme.test', name: 'X', role: 'operator', password: 'secret-123' });
  await admin.request('PATCH', `/api/users/${u.body.id}`, { body: { role: 'analyst', password: 'other-secret' } });
  const k = await admin.post('/api/api-keys', { name: 'k', role: 'operator' });
  await admin.request('DELETE', `/api/api-keys/${k.body.id}`);
});
afterAll(() => t.close());

describe('audit log', () => {
  it('records logins (success and failure) and user/API-key changes, with request ids', async () => {
    const r = await admin.get('/api/audit');
    expect(r.status).toBe(200);
    const actions = r.body.items.map((e: any) => e.action);
    expect(actions).toEqual(['api-key.revoke', 'api-key.create', 'user.update', 'user.create', 'auth.login', 'auth.login-failed']);
    const failed = r.body.items.at(-1);
    expect(failed.details).toEqual({ reason: 'bad-password' });
    expect(failed.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const update = r.body.items[2];
    expect(update.details).toEqual({ role: 'analyst', passwordChanged: true });
    expect(JSON.stringify(r.body)).not.toContain('other-secret');
  });

  it('pages newest first with a cursor and filters by action', async () => {
    const p1 = await admin.get('/api/audit?limit=4');
    expect(p1.body.items).toHaveLength(4);
    expect(p1.body.nextCursor).toBe(p1.body.items[3].id);
    const p2 = await admin.get(`/api/audit?limit=4&before=${p1.body.nextCursor}`);
    expect(p2.body.items.map((e: any) => e.action)).toEqual(['auth.login', 'auth.login-failed']);
    expect(p2.body.nextCursor).toBeNull();
    const only = await admin.get('/api/audit?action=auth.login');
    expect(only.body.items).toHaveLength(1);
  });

  it('filters by actor, subject prefix and time range', async () => {
    const before = (await admin.get('/api/audit')).body.items as any[];
    const me = before.find((e) => e.action === 'user.create').actorId as string;
    await Client.login(t.base, 'x@acme.test', 'acme', 'other-secret');
    const all = (await admin.get('/api/audit')).body.items as any[];
    const x = all[0].actorId as string;
    expect(all[0].action).toBe('auth.login');
    expect(x).not.toBe(me);
    expect((await admin.get(`/api/audit?actor=${x}`)).body.items.map((e: any) => e.action)).toEqual(['auth.login']);
    const byMe = (await admin.get(`/api/audit?actor=${me}`)).body.items as any[];
    expect(byMe.map((e) => e.id)).toEqual(before.filter((e) => e.actorId === me).map((e) => e.id));
    const keys = await admin.get('/api/audit?subject=api-key%3A');
    expect(keys.body.items.map((e: any) => e.action)).toEqual(['api-key.revoke', 'api-key.create']);
    // a literal % in the prefix matches itself, not "anything"
    expect((await admin.get('/api/audit?subject=%25')).body.items).toEqual([]);
    const newest = all[0].at as string;
    const upTo = await admin.get(`/api/audit?to=${encodeURIComponent(newest)}`);
    expect(upTo.body.items.every((e: any) => e.at < newest)).toBe(true);
    const from = await admin.get(`/api/audit?from=${encodeURIComponent(newest)}`);
    expect(from.body.items.map((e: any) => e.id)).toContain(all[0].id);
    const bad = await admin.get('/api/audit?actor=nope');
    expect(bad.status).toBe(400);
  });

  it('is append-only: UPDATE, DELETE and TRUNCATE are refused by the database', async () => {
    await expect(t.db('audit_log').update({ action: 'tampered' })).rejects.toThrow(/append-only/);
    await expect(t.db('audit_log').delete()).rejects.toThrow(/append-only/);
    await expect(t.db.raw('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    const n = await t.db('audit_log').count({ n: '*' }).first();
    expect(Number(n!.n)).toBe(7); // the six above and x logging in
  });
});
