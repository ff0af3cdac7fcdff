import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LOGIN_THROTTLE as L } from '../../../server/src/auth/login-throttle.js';
import { Client, PASSWORD, seedTenant, startTestApp, type Reply, type TestApp } from '../http/support/harness.js';

// Behind a trusted proxy (one hop) the client address is the rightmost X-Forwarded-For entry: that is how
// these tests speak from many addresses over one socket.
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ config: { trustProxy: true } });
  await seedTenant(t.db, 'acme');
});
afterAll(() => t.close());

let ipSeq = 0;
const freshIp = () => `10.${Math.floor(++ipSeq / 250)}.${ipSeq % 250}.1`;

const attempt = (ip: string, email: string, password: string, tenant: string | undefined = 'acme') =>
  new Client(t.base).request('POST', '/api/auth/login', {
    body: { ...(tenant ? { tenant } : {}), email, password },
    headers: { 'x-forwarded-for': ip },
  });

const tally = (rs: Reply[]) => ({
  ok: rs.filter((r) => r.status === 200).length,
  denied: rs.filter((r) => r.status === 401).length,
  limited: rs.filter((r) => r.status === 429).length,
});

function expectLimited(r: Reply): number {
  expect([r.status, r.body.error.code]).toEqual([429, 'auth.rate-limited']);
  const retry = Number(r.headers.get('retry-after'));
  expect(Number.isInteger(retry) && retry >= 1).toBe(true);
  expect(r.body.error.details.retryAfterSeconds).toBe(retry);
  return retry;
}

describe('login throttle: one atomic check-and-count per layer (PostgreSQL, injected clock)', () => {
  it('150 concurrent wrong passwords from one address: at most the pair limit get 401, the rest 429', async () => {
    const ip = freshIp();
    const rs = await Promise.all(Array.from({ length: 150 }, () => attempt(ip, 'operator@acme.test', 'wrong-password')));
    const n = tally(rs);
    expect(n.denied).toBeLessThanOrEqual(L.pair.max);
    expect(n.denied + n.limited).toBe(150);
    for (const r of rs.filter((x) => x.status === 429)) expectLimited(r);
    // While blocked, the right password is refused too (it is never verified).
    expectLimited(await attempt(ip, 'operator@acme.test', PASSWORD));
    t.clock.advance(L.ip.windowMs);
  });

  it('10 failures per (address, account) in 15 minutes, then 429 until the window ends; others unaffected', async () => {
    const ip = freshIp();
    for (let i = 0; i < L.pair.max; i++) {
      expect((await attempt(ip, 'analyst@acme.test', 'wrong-password')).status).toBe(401);
      t.clock.advance(1000);
    }
    const retry = expectLimited(await attempt(ip, 'analyst@acme.test', PASSWORD));
    expect(retry).toBe(L.pair.windowMs / 1000 - L.pair.max); // the window opened 10 s ago
    expect((await attempt(ip, 'admin@acme.test', PASSWORD)).status).toBe(200); // another account, same address
    expect((await attempt(freshIp(), 'analyst@acme.test', PASSWORD)).status).toBe(200); // same account, elsewhere
    t.clock.advance(retry * 1000);
    expect((await attempt(ip, 'analyst@acme.test', PASSWORD)).status).toBe(200);
  });

  it('10 addresses × 9 guesses at one account: delayed after the free budget, delay doubles, capped, never permanent', async () => {
    const email = 'approver@acme.test';
    const rs: Reply[] = [];
    for (let i = 0; i < 10; i++) {
      const ip = freshIp();
      rs.push(...(await Promise.all(Array.from({ length: 9 }, () => attempt(ip, email, 'wrong-password')))));
    }
    const n = tally(rs);
    expect(n.denied).toBe(L.account.free + 1); // the attempt past the budget is heard, and starts the delay
    expect(n.limited).toBe(90 - n.denied);
    let retry = expectLimited(await attempt(freshIp(), email, PASSWORD));
    expect(retry).toBe(L.account.baseDelayMs / 1000);
    // Each admitted guess after the budget doubles the next delay, up to the cap.
    const delays: number[] = [];
    for (let i = 0; i < 12; i++) {
      t.clock.advance(retry * 1000);
      expect((await attempt(freshIp(), email, 'wrong-password')).status).toBe(401);
      retry = expectLimited(await attempt(freshIp(), email, 'wrong-password'));
      delays.push(retry);
    }
    expect(delays.slice(0, 4)).toEqual([4, 8, 16, 32]);
    expect(Math.max(...delays)).toBe(L.account.maxDelayMs / 1000);
    // Refused tries did not extend the block: after it ends the owner gets in.
    t.clock.advance(retry * 1000);
    expect((await attempt(freshIp(), email, PASSWORD)).status).toBe(200);
    // ...and that success did not wipe the attack's count: the next guess is delayed again at once.
    expectLimited(await attempt(freshIp(), email, 'wrong-password'));
    // The count starts over only after a quiet period.
    t.clock.advance(L.account.decayMs + L.account.maxDelayMs);
    expect((await attempt(freshIp(), email, PASSWORD)).status).toBe(200);
  }, 60_000);

  it('one address spraying many emails is blocked after the per-address limit', async () => {
    const ip = freshIp();
    const rs: Reply[] = [];
    for (let i = 0; i < L.ip.max + 5; i++) rs.push(await attempt(ip, `nobody-${i}@acme.test`, 'wrong-password'));
    expect(rs.slice(0, L.ip.max).every((r) => r.status === 401)).toBe(true);
    for (const r of rs.slice(L.ip.max)) expectLimited(r);
    // Its own correct logins do not buy it more guesses, and are refused too until the window ends.
    expectLimited(await attempt(ip, 'customer@acme.test', PASSWORD));
    expect((await attempt(freshIp(), 'customer@acme.test', PASSWORD)).status).toBe(200);
  }, 60_000);

  it('successful logins give their unit back: a busy shared address is not blocked by its own users', async () => {
    const ip = freshIp();
    for (let i = 0; i < L.ip.max + 5; i++) expect((await attempt(ip, 'admin@acme.test', PASSWORD)).status).toBe(200);
  }, 60_000);
});
