import { describe, expect, it } from 'vitest';
import { createRestartTracker } from '../../../server/src/plugins/host/restart-policy.js';
import { fromWire } from '../../../server/src/plugins/host/run-errors.js';
import { createTokenBucket } from '../../../server/src/plugins/host/token-bucket.js';

describe('token bucket', () => {
  it('allows the burst, then one request per 1/rate seconds', () => {
    const b = createTokenBucket(2, 3);
    expect([b.take(0), b.take(0), b.take(0)]).toEqual([0, 0, 0]);
    expect(b.take(0)).toBe(500);
    expect(b.take(499)).toBe(2);
    expect(b.take(500)).toBe(0);
    expect(b.take(10_000)).toBe(0); // refills up to the burst only
    expect([b.take(10_000), b.take(10_000), b.take(10_000)]).toEqual([0, 0, 500]);
  });
});

describe('restart policy', () => {
  const limits = { baseBackoffMs: 100, maxBackoffMs: 1000, maxRestartsPerMinute: 3 };

  it('first start is immediate; crashes back off exponentially; success resets', () => {
    const t = createRestartTracker(limits);
    expect(t.decide(0)).toEqual({ kind: 'now' });
    t.started(0);
    t.crashed(1000);
    expect(t.decide(1000)).toEqual({ kind: 'wait', ms: 100 });
    expect(t.decide(1100)).toEqual({ kind: 'now' });
    t.started(1100);
    t.crashed(1200);
    expect(t.decide(1200)).toEqual({ kind: 'wait', ms: 200 });
    t.started(1400);
    t.crashed(1500);
    expect(t.decide(1500)).toEqual({ kind: 'wait', ms: 400 });
    t.succeeded();
    expect(t.decide(1500)).toEqual({ kind: 'now' });
  });

  it('past the restarts per minute the installation is unavailable until the window slides', () => {
    const t = createRestartTracker(limits);
    t.started(0);
    for (const at of [1000, 3000, 5000]) {
      t.crashed(at);
      t.started(at + 1000);
    }
    t.crashed(7000);
    expect(t.decide(7000)).toEqual({ kind: 'unavailable', retryAfterMs: 55_000 });
    expect(t.decide(62_001).kind).not.toBe('unavailable');
  });
});

describe('error mapping', () => {
  it.each([
    [{ kind: 'failure', errorClass: 'auth', message: 'bad key' }, { class: 'auth', code: 'plugin.auth', message: 'bad key' }],
    [{ kind: 'failure', errorClass: 'rate-limited', message: 'slow', retryAfterMs: 30 }, { class: 'rate-limited', code: 'plugin.rate-limited', message: 'slow', retryAfterMs: 30 }],
    [{ kind: 'failure', errorClass: 'conflict', message: 'x', code: 'shop.dup' }, { class: 'conflict', code: 'shop.dup', message: 'x' }],
    [{ kind: 'failure', errorClass: 'conflict', message: 'x', code: 'Bad Code!' }, { class: 'conflict', code: 'plugin.conflict', message: 'x' }],
    [{ kind: 'failure', errorClass: 'fatal', message: 'x' }, { class: 'permanent', code: 'plugin.error', message: 'x' }],
    [{ kind: 'error', message: 'TypeError: y' }, { class: 'permanent', code: 'plugin.error', message: 'TypeError: y' }],
  ] as const)('%j', (wire, expected) => {
    expect(fromWire(wire)).toEqual(expected);
  });
});
