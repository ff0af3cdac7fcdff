import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import plugin from '../../../plugins/webhook/src/index.js';
import { deliver } from '../../../plugins/webhook/src/deliver.js';
import { callCapability, createHarness } from '../../support/plugin-harness.js';
import { startReceiver } from './webhook-receiver.js';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const OTHER = `whsec_${Buffer.from('another-subscriber-key-32-bytes!').toString('base64')}`;
let rx: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  rx = await startReceiver();
});
afterAll(() => rx.close());

const sub = (name: string, path: string, events = ['order.*']) => ({ name, url: rx.url(path), events });
const harness = (subscriptions: unknown[], credentials: Record<string, unknown> = { signingSecret: SECRET }, clock?: { now: () => number }) =>
  createHarness({ config: { subscriptions, timeoutMs: 1000 }, credentials, allowedHosts: [rx.host], ...(clock ? { clock } : {}) });
const event = (id: string, type = 'order.shipped') => ({ id, type, payload: { orderNumber: 'SO-1', occurredAt: '2030-01-01T00:00:00.000Z', tracking: 'TRK1' } });
const since = () => rx.received.length;

describe('webhook publish-event (Standard Webhooks)', () => {
  it('signs per the spec: the published test vector of standard-webhooks (libraries/javascript sign test)', async () => {
    const h = harness([], { signingSecret: SECRET }, { now: () => 1614265330 * 1000 });
    const n = since();
    const r = await deliver(h.ctx as never, sub('vector', '/ok'), 'msg_p5jXN8AQM9LWM0D4loKWxJek', '{"test": 2432232314}');
    expect(r).toEqual({ name: 'vector', result: 'delivered', status: 200 });
    const got = rx.received[n];
    expect([got.headers['webhook-id'], got.headers['webhook-timestamp'], got.headers['webhook-signature'], got.body])
      .toEqual(['msg_p5jXN8AQM9LWM0D4loKWxJek', '1614265330', 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=', '{"test": 2432232314}']);
    // An independent oracle: base64 HMAC-SHA256 of id.timestamp.body under the base64-decoded key.
    const key = Buffer.from(SECRET.slice('whsec_'.length), 'base64');
    expect(`v1,${createHmac('sha256', key).update(`${got.headers['webhook-id']}.1614265330.${got.body}`).digest('base64')}`).toBe(got.headers['webhook-signature']);
  });

  it('2xx → applied; the receiver verifies with the library; a retry carries the same webhook-id and body and is already-applied', async () => {
    const h = harness([sub('erp', '/ok')]);
    const n = since();
    const out = await callCapability(plugin, 'publish-event', event('evt-100'), 'evt-100', h);
    expect(out).toMatchObject({ status: 'applied', externalId: 'evt-100', data: { deliveries: [{ name: 'erp', result: 'delivered', status: 200 }] } });
    const got = rx.received[n];
    const verified = new Webhook(SECRET).verify(got.body, got.headers) as { type: string; data: unknown };
    expect(verified).toEqual({ type: 'order.shipped', timestamp: '2030-01-01T00:00:00.000Z', data: event('evt-100').payload });
    expect(() => new Webhook(OTHER).verify(got.body, got.headers)).toThrow();
    expect(() => new Webhook(SECRET).verify(got.body.replace('TRK1', 'TRK2'), got.headers)).toThrow();
    expect(await callCapability(plugin, 'publish-event', event('evt-100'), 'evt-100', h)).toMatchObject({ status: 'already-applied' });
    expect(rx.received.length).toBe(n + 1); // served subscribers are not posted again
  });

  it('routes by event type; per-subscription secrets; no subscriber for a type → applied with nothing sent', async () => {
    const h = harness([sub('a', '/ok', ['order.created']), sub('b', '/ok', ['*'])], { signingSecret: SECRET, signingSecrets: { b: OTHER } });
    const n = since();
    await callCapability(plugin, 'publish-event', event('evt-200', 'order.shipped'), 'evt-200', h);
    expect(rx.received.length).toBe(n + 1);
    expect(() => new Webhook(OTHER).verify(rx.received[n].body, rx.received[n].headers)).not.toThrow();
    const none = harness([sub('a', '/ok', ['order.created'])]);
    expect(await callCapability(plugin, 'publish-event', event('evt-201', 'order.shipped'), 'evt-201', none)).toMatchObject({ status: 'applied', data: { delivered: [] } });
    expect(rx.received.length).toBe(n + 1);
  });

  it.each([
    ['/gone', { status: 'rejected', code: 'webhook.subscription-gone' }],
  ])('%s → %o', async (path, expected) => {
    expect(await callCapability(plugin, 'publish-event', event(`evt-${path}`), 'k', harness([sub('x', path)]))).toMatchObject(expected);
  });

  it.each([
    ['/busy', { errorClass: 'rate-limited', code: 'webhook.rate-limited', retryAfterMs: 7000 }],
    ['/down', { errorClass: 'retryable', code: 'webhook.subscriber-unavailable' }],
    ['/hang', { errorClass: 'retryable', code: 'webhook.subscriber-unavailable' }],
    ['/bad', { errorClass: 'permanent', code: 'webhook.subscriber-refused' }],
  ])('%s → throws %o', async (path, expected) => {
    await expect(callCapability(plugin, 'publish-event', event(`evt-${path}`), 'k', harness([sub('x', path)]))).rejects.toMatchObject(expected);
  });

  it('a retry after a 503 posts again with the same webhook-id, and skips the subscriber already served', async () => {
    const h = harness([sub('ok', '/ok'), sub('down', '/down')]);
    const n = since();
    await expect(callCapability(plugin, 'publish-event', event('evt-300'), 'evt-300', h)).rejects.toMatchObject({ errorClass: 'retryable' });
    await expect(callCapability(plugin, 'publish-event', event('evt-300'), 'evt-300', h)).rejects.toMatchObject({ errorClass: 'retryable' });
    const sent = rx.received.slice(n).map((r) => [r.path, r.headers['webhook-id']]);
    expect(sent).toEqual([['/ok', 'evt-300'], ['/down', 'evt-300'], ['/down', 'evt-300']]);
  });

  it('a missing or malformed secret is an auth failure, nothing sent', async () => {
    const n = since();
    await expect(callCapability(plugin, 'publish-event', event('evt-400'), 'k', harness([sub('x', '/ok')], {}))).rejects.toMatchObject({ errorClass: 'auth', code: 'webhook.no-secret' });
    expect(rx.received.length).toBe(n);
  });
});
