import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, PASSWORD, seedTenant, startTestApp, type TestApp } from '../http/support/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await seedTenant(t.db, 'acme');
});
afterAll(() => t.close());

const attempt = (c: Client, password: string) =>
  c.post('/api/auth/login', { tenant: 'acme', email: 'operator@acme.test', password });

describe('login rate limit (PostgreSQL-backed, injected clock)', () => {
  it('allows 10 failures per 15 minutes, then 429 with Retry-After, then recovers', async () => {
    const c = new Client(t.base);
    for (let i = 0; i < 10; i++) {
      expect((await attempt(c, 'wrong-pass')).status).toBe(401);
      t.clock.advance(1000);
    }
    // Even the right password is refused while limited.
    const limited = await attempt(c, PASSWORD);
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('auth.rate-limited');
    const retry = Number(limited.headers.get('retry-after'));
    // first failure at t0, now t0+10s: the oldest failure leaves the 15-minute window in 890 s
    expect(retry).toBe(15 * 60 - 10);
    expect(await t.db('login_attempts').count({ n: '*' }).first()).toEqual({ n: '10' });

    // Another ip+email pair is unaffected.
    expect((await c.post('/api/auth/login', { tenant: 'acme', email: 'admin@acme.test', password: PASSWORD })).status).toBe(200);

    t.clock.advance(retry * 1000);
    const ok = await attempt(c, PASSWORD);
    expect(ok.status).toBe(200);
    // Success clears the failures for the pair.
    expect(await t.db('login_attempts').where('key', 'like', '%operator@acme.test').count({ n: '*' }).first()).toEqual({ n: '0' });
  });
});
