import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientBucket } from '../../../server/src/auth/login-throttle.js';
import { loadConfig } from '../../../server/src/config.js';
import { Client, PASSWORD, seedTenant, startTestApp, type TestApp } from '../http/support/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ config: { trustProxy: true } });
  await seedTenant(t.db, 'acme');
});
afterAll(() => t.close());

const login = (base: string, xff: string | undefined, email: string, password: string) =>
  new Client(base).request('POST', '/api/auth/login', {
    body: { tenant: 'acme', email, password },
    headers: xff ? { 'x-forwarded-for': xff } : {},
  });

const failedIps = async (email: string) =>
  (await t.db('audit_log').where({ action: 'auth.login-failed', subject: `user:${email}` }).orderBy('id').select('ip')).map((r) => r.ip);

describe('client address behind trusted proxies (OMS_TRUST_PROXY, OMS_TRUSTED_PROXIES)', () => {
  it('takes the rightmost X-Forwarded-For hop: a client-chosen leftmost hop neither changes the address nor resets the throttle', async () => {
    const limit = t.app.deps.config.loginThrottle.pair.max;
    for (let i = 0; i < limit; i++) {
      const r = await login(t.base, `198.51.100.${i}, 203.0.113.7`, 'operator@acme.test', 'wrong-password');
      expect(r.status).toBe(401);
    }
    const r = await login(t.base, '192.0.2.99, 203.0.113.7', 'operator@acme.test', PASSWORD);
    expect(r.status).toBe(429);
    expect(new Set(await failedIps('operator@acme.test'))).toEqual(new Set(['203.0.113.7']));
  });

  it('with two trusted proxies, the client is the second entry from the right', async () => {
    const p = await startTestApp({ db: t.db, config: { trustProxy: true, trustedProxies: 2 } });
    try {
      expect((await login(p.base, 'spoofed, 198.51.100.20, 10.0.0.2', 'analyst@acme.test', 'wrong-password')).status).toBe(401);
      expect(await failedIps('analyst@acme.test')).toEqual(['198.51.100.20']);
    } finally {
      await p.close();
    }
  });

  it('without OMS_TRUST_PROXY the header is ignored (the socket address counts)', async () => {
    const p = await startTestApp({ db: t.db });
    try {
      expect((await login(p.base, '198.51.100.30', 'approver@acme.test', 'wrong-password')).status).toBe(401);
      expect(await failedIps('approver@acme.test')).toEqual(['127.0.0.1']);
    } finally {
      await p.close();
    }
  });

  it('reads OMS_TRUSTED_PROXIES (default 1) and refuses nonsense', () => {
    expect(loadConfig({}).trustedProxies).toBe(1);
    expect(loadConfig({ OMS_TRUSTED_PROXIES: '3' }).trustedProxies).toBe(3);
    for (const bad of ['0', '-1', '1.5', 'two']) expect(() => loadConfig({ OMS_TRUSTED_PROXIES: bad })).toThrow(/OMS_TRUSTED_PROXIES/);
  });
});

describe('throttle buckets', () => {
  it.each([
    [null, '-'],
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:abcd:12:1:2:3:4', '2001:db8:abcd:12::/64'],
    ['2001:db8:abcd:12::99', '2001:db8:abcd:12::/64'],
    ['2001:DB8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
  ])('%s → %s', (ip, bucket) => {
    expect(clientBucket(ip)).toBe(bucket);
  });

  it('IPv6 addresses of one /64 share a throttle', async () => {
    const limit = t.app.deps.config.loginThrottle.pair.max;
    for (let i = 0; i < limit; i++) {
      expect((await login(t.base, `2001:db8:1:2::${i + 1}`, 'customer@acme.test', 'wrong-password')).status).toBe(401);
    }
    expect((await login(t.base, '2001:db8:1:2:ffff::1', 'customer@acme.test', PASSWORD)).status).toBe(429);
    expect((await login(t.base, '2001:db8:1:3::1', 'customer@acme.test', PASSWORD)).status).toBe(200);
  });
});
