import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, PASSWORD, seedTenant, startTestApp, type Reply, type TestApp } from '../http/support/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await seedTenant(t.db, 'demo');
  await seedTenant(t.db, 'bravo');
});
afterAll(() => t.close());

const login = (body: object) => new Client(t.base).post('/api/auth/login', body);
/** What a client can observe of a refusal: status, code, message, path, details (not the request id). */
const shape = (r: Reply) => ({ status: r.status, ...r.body.error, requestId: undefined });

describe('tenant-less login: succeeds only for an email unique across tenants', () => {
  it('another tenant creating the same email cannot steer the login, and learns nothing from the answer', async () => {
    const before = await login({ email: 'operator@demo.test', password: PASSWORD });
    expect(before.body.tenant.slug).toBe('demo');

    const bravo = await Client.login(t.base, 'admin@bravo.test', 'bravo');
    const made = await bravo.post('/api/users', { email: 'operator@demo.test', name: 'Squatter', role: 'admin', password: 'bravo-chose-this' });
    expect(made.status).toBe(201);

    // With the tenant given, demo's login is untouched.
    const withTenant = await login({ tenant: 'demo', email: 'operator@demo.test', password: PASSWORD });
    expect([withTenant.status, withTenant.body.tenant.slug, withTenant.body.user.role]).toEqual([200, 'demo', 'operator']);

    // Tenant-less, the email is now ambiguous: neither password signs in, and the refusal is exactly a wrong password's.
    const wrong = await login({ email: 'analyst@demo.test', password: 'not-the-password' });
    expect(wrong.status).toBe(401);
    for (const password of [PASSWORD, 'bravo-chose-this']) {
      const r = await login({ email: 'operator@demo.test', password });
      expect(shape(r)).toEqual(shape(wrong));
      expect(r.headers.get('set-cookie')).toBeNull();
    }
    // Unique emails still need no tenant.
    expect((await login({ email: 'approver@demo.test', password: PASSWORD })).body.tenant.slug).toBe('demo');
  });

  it('an unknown tenant, an unknown email and a disabled user all answer like a wrong password', async () => {
    const wrong = shape(await login({ tenant: 'demo', email: 'admin@demo.test', password: 'not-the-password' }));
    expect(shape(await login({ tenant: 'nowhere', email: 'admin@demo.test', password: PASSWORD }))).toEqual(wrong);
    expect(shape(await login({ email: 'ghost@demo.test', password: PASSWORD }))).toEqual(wrong);
    await t.db('users').where({ email: 'customer@demo.test' }).update({ disabled: true });
    expect(shape(await login({ tenant: 'demo', email: 'customer@demo.test', password: PASSWORD }))).toEqual(wrong);
  });

  it('with OMS_LOGIN_REQUIRES_TENANT a login without a tenant fails like a wrong password, even for a unique email', async () => {
    const p = await startTestApp({ db: t.db, config: { loginRequiresTenant: true } });
    try {
      const anon = new Client(p.base);
      const wrong = shape(await anon.post('/api/auth/login', { tenant: 'demo', email: 'admin@demo.test', password: 'not-the-password' }));
      expect(shape(await anon.post('/api/auth/login', { email: 'approver@demo.test', password: PASSWORD }))).toEqual(wrong);
      expect((await anon.post('/api/auth/login', { tenant: 'demo', email: 'approver@demo.test', password: PASSWORD })).status).toBe(200);
    } finally {
      await p.close();
    }
  });
});
