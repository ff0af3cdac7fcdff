import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LOGIN_THROTTLE as L, sweepLoginAttempts } from '../../../server/src/auth/login-throttle.js';
import { Client, startTestApp, type TestApp } from '../http/support/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ config: { trustProxy: true } });
});
afterAll(() => t.close());

const guess = (ip: string, email: string) =>
  new Client(t.base).request('POST', '/api/auth/login', {
    body: { email, password: 'wrong-password' },
    headers: { 'x-forwarded-for': ip },
  });
const keys = async () => (await t.db('login_throttle').orderBy('key').select('key')).map((r) => r.key);

describe('sweepLoginAttempts', () => {
  it('deletes counters whose windows, blocks and decay are over, and keeps live ones', async () => {
    await guess('192.0.2.1', 'old@example.test');
    const retention = Math.max(L.pair.windowMs, L.ip.windowMs, L.account.decayMs, L.account.maxDelayMs);
    t.clock.advance(retention - 60_000);
    await guess('192.0.2.2', 'new@example.test');
    expect(await sweepLoginAttempts(t.db, t.clock.now())).toBe(0); // nothing is old enough yet
    t.clock.advance(120_000);
    expect(await sweepLoginAttempts(t.db, t.clock.now())).toBe(3);
    expect(await keys()).toEqual(['acct:new@example.test', 'ip:192.0.2.2', 'pair:192.0.2.2|new@example.test']);
  });

  it('never deletes a block that is still running', async () => {
    const at = new Date(t.clock.now() - 10 * 86_400_000);
    await t.db('login_throttle').insert({ key: 'acct:blocked@example.test', hits: 30, window_start: at, blocked_until: new Date(t.clock.now() + 60_000), admitted: true, updated_at: at });
    await sweepLoginAttempts(t.db, t.clock.now());
    expect(await keys()).toContain('acct:blocked@example.test');
    t.clock.advance(60_000);
    await sweepLoginAttempts(t.db, t.clock.now());
    expect(await keys()).not.toContain('acct:blocked@example.test');
  });
});
