import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, PASSWORD, seedTenant, startTestApp, type TestApp } from '../http/support/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await seedTenant(t.db, 'acme');
});
afterAll(() => t.close());

describe('login / me / logout', () => {
  it('logs in, sets an httpOnly SameSite=Lax cookie, stores only the token hash', async () => {
    const res = await fetch(`${t.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenant: 'acme', email: 'Admin@Acme.test', password: PASSWORD }),
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.user).toMatchObject({ email: 'admin@acme.test', role: 'admin' });
    expect(body.tenant).toMatchObject({ slug: 'acme' });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('oms_session='))!;
    expect(cookie).toMatch(/httponly/i);
    expect(cookie).toMatch(/samesite=lax/i);
    expect(cookie).not.toMatch(/secure/i); // plain http
    const token = decodeURIComponent(cookie.split(';')[0].split('=')[1]);
    const rows = await t.db('sessions').select('token_hash');
    expect(rows.some((r) => r.token_hash === token)).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
  });

  it('me returns the user, tenant and CSRF token; logout ends the session', async () => {
    const c = await Client.login(t.base, 'analyst@acme.test', 'acme');
    const me = await c.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.user.role).toBe('analyst');
    expect(me.body.csrfToken).toBe(c.csrf);
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    expect(await t.db('audit_log').where({ action: 'auth.logout', actor_id: me.body.user.id }).count({ n: '*' }).first()).toEqual({ n: '1' });
    const after = await c.get('/api/auth/me');
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('auth.required');
  });

  it('finds the tenant from the email when no slug is given', async () => {
    const c = await Client.login(t.base, 'operator@acme.test');
    expect((await c.get('/api/auth/me')).body.tenant.slug).toBe('acme');
  });

  it('needs the tenant slug when the email exists in two tenants', async () => {
    await seedTenant(t.db, 'other');
    await t.db('users').where({ email: 'approver@other.test' }).update({ email: 'approver@acme.test' });
    const anon = new Client(t.base);
    const r = await anon.post('/api/auth/login', { email: 'approver@acme.test', password: PASSWORD });
    expect(r.status).toBe(401);
    const ok = await anon.post('/api/auth/login', { tenant: 'other', email: 'approver@acme.test', password: PASSWORD });
    expect(ok.body.tenant.slug).toBe('other');
  });

  it('rejects wrong passwords, unknown users and disabled users alike', async () => {
    const anon = new Client(t.base);
    const bad = [
      { tenant: 'acme', email: 'admin@acme.test', password: 'nope-nope' },
      { tenant: 'acme', email: 'ghost@acme.test', password: PASSWORD },
      { tenant: 'nope', email: 'admin@acme.test', password: PASSWORD },
    ];
    for (const body of bad) {
      const r = await anon.post('/api/auth/login', body);
      expect(r.status).toBe(401);
      expect(r.body.error.code).toBe('auth.invalid-credentials');
    }
    await t.db('users').where({ email: 'customer@acme.test' }).update({ disabled: true });
    const r = await anon.post('/api/auth/login', { tenant: 'acme', email: 'customer@acme.test', password: PASSWORD });
    expect(r.status).toBe(401);
  });

  it('expires sessions by the injected clock', async () => {
    const c = await Client.login(t.base, 'approver@acme.test', 'acme');
    expect((await c.get('/api/auth/me')).status).toBe(200);
    t.clock.advance(t.app.deps.config.sessionTtlMs + 1000);
    expect((await c.get('/api/auth/me')).status).toBe(401);
    // Signing in again sweeps the user's expired sessions.
    const again = await Client.login(t.base, 'approver@acme.test', 'acme');
    const id = (await again.get('/api/auth/me')).body.user.id;
    expect(await t.db('sessions').where({ user_id: id }).count({ n: '*' }).first()).toEqual({ n: '1' });
  });

  it('sets Secure on the cookie behind an https proxy when configured to trust it', async () => {
    const p = await startTestApp({ db: t.db, config: { trustProxy: true } });
    try {
      const res = await fetch(`${p.base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
        body: JSON.stringify({ tenant: 'acme', email: 'admin@acme.test', password: PASSWORD }),
      });
      expect(res.status).toBe(200);
      expect(res.headers.getSetCookie().find((c) => c.startsWith('oms_session='))).toMatch(/secure/i);
    } finally {
      await p.close();
    }
  });
});

describe('CSRF', () => {
  it('refuses state-changing cookie requests without the right X-CSRF-Token', async () => {
    const c = await Client.login(t.base, 'admin@acme.test', 'acme');
    const body = { name: 'k1', role: 'operator' };
    const missing = await c.request('POST', '/api/api-keys', { body, csrf: false });
    expect(missing.status).toBe(403);
    expect(missing.body.error.code).toBe('auth.csrf');
    const wrong = await c.request('POST', '/api/api-keys', { body, csrf: false, headers: { 'x-csrf-token': 'x'.repeat(43) } });
    expect(wrong.body.error.code).toBe('auth.csrf');
    const ok = await c.request('POST', '/api/api-keys', { body });
    expect(ok.status).toBe(201);
    // Reads need no token.
    expect((await c.get('/api/api-keys')).status).toBe(200);
  });
});
