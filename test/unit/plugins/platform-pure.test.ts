import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { WebhookSignature } from '../../../runtime/src/plugins/manifest-types.js';
import { itemKindOfCapability, itemKindOfEvent } from '../../../server/src/plugins/inbound/take-in.js';
import { deliveryIdOf, verifySignature } from '../../../server/src/plugins/inbound/verify-signature.js';
import { compareVersions } from '../../../server/src/plugins/platform/catalog.js';
import { backoffMs } from '../../../server/src/plugins/platform/run-with-policy.js';

const NOW = Date.UTC(2030, 0, 1);
const body = '{"id":1,"total":"10.00"}';
const hmac = (alg: string, secret: string, payload: string, enc: 'hex' | 'base64') => createHmac(alg, secret).update(payload).digest(enc);
const shopify: WebhookSignature = { scheme: 'hmac-sha256', header: 'X-Shopify-Hmac-Sha256', encoding: 'base64', secret: 'webhookSecret' };
const stripeLike: WebhookSignature = { scheme: 'hmac-sha512', header: 'X-Sig', encoding: 'hex', prefix: 'v1=', secret: 's', signedPayload: 'timestamp.body', timestampHeader: 'X-Ts', toleranceSeconds: 300 };
const shared: WebhookSignature = { scheme: 'shared-secret', header: 'X-Token', secret: 'token' };
const ts = String(NOW / 1000);

describe('verifySignature', () => {
  it.each<[string, WebhookSignature, Record<string, string>, string, string, string]>([
    ['base64 valid', shopify, { 'x-shopify-hmac-sha256': hmac('sha256', 'k', body, 'base64') }, body, 'k', 'ok'],
    ['base64 tampered', shopify, { 'x-shopify-hmac-sha256': hmac('sha256', 'k', body, 'base64') }, body.replace('10', '99'), 'k', 'hook.signature-mismatch'],
    ['base64 wrong secret', shopify, { 'x-shopify-hmac-sha256': hmac('sha256', 'other', body, 'base64') }, body, 'k', 'hook.signature-mismatch'],
    ['hex sent where base64 is declared', shopify, { 'x-shopify-hmac-sha256': hmac('sha256', 'k', body, 'hex') }, body, 'k', 'hook.signature-mismatch'],
    ['rotated secret: the new one only', shopify, { 'x-shopify-hmac-sha256': hmac('sha256', 'old', body, 'base64') }, body, 'new', 'hook.signature-mismatch'],
    ['empty header', shopify, { 'x-shopify-hmac-sha256': '' }, body, 'k', 'hook.signature-missing'],
    ['timestamped valid', stripeLike, { 'x-sig': `v1=${hmac('sha512', 's', `${ts}.${body}`, 'hex')}`, 'x-ts': ts }, body, 's', 'ok'],
    ['timestamped stale', stripeLike, { 'x-sig': `v1=${hmac('sha512', 's', `${Number(ts) - 301}.${body}`, 'hex')}`, 'x-ts': String(Number(ts) - 301) }, body, 's', 'hook.timestamp-out-of-range'],
    ['timestamped, no timestamp', stripeLike, { 'x-sig': `v1=${hmac('sha512', 's', body, 'hex')}` }, body, 's', 'hook.timestamp-missing'],
    ['timestamped, body-only digest', stripeLike, { 'x-sig': `v1=${hmac('sha512', 's', body, 'hex')}`, 'x-ts': ts }, body, 's', 'hook.signature-mismatch'],
    ['shared secret valid', shared, { 'x-token': 'token-123' }, body, 'token-123', 'ok'],
    ['shared secret prefix only', shared, { 'x-token': 'token-12' }, body, 'token-123', 'hook.signature-mismatch'],
  ])('%s', (_n, sig, headers, sent, secret, expected) => {
    const r = verifySignature(sig, headers, sent, secret, NOW);
    expect(r.ok ? 'ok' : r.code).toBe(expected);
  });

  it('delivery id: the header, else a digest of the body', () => {
    expect(deliveryIdOf('X-Id', { 'x-id': 'abc' }, body)).toBe('abc');
    expect(deliveryIdOf('X-Id', {}, body)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(deliveryIdOf(undefined, {}, body)).toBe(deliveryIdOf('X-Id', {}, body));
  });
});

describe('small rules', () => {
  it.each([['1.0.0', '1.0.1', -1], ['1.10.0', '1.9.9', 1], ['2.0.0-beta.1', '2.0.0', -1], ['1.0.0+b', '1.0.0', 0]])('compareVersions(%s, %s)', (a, b, sign) => {
    expect(Math.sign(compareVersions(a as string, b as string))).toBe(sign);
  });

  it('backoff: full jitter under min(max, base·2^n); rate-limited waits at least what the remote asked', () => {
    const o = { retry: { attempts: 3, baseDelayMs: 200, maxDelayMs: 5000 }, random: () => 0.999 };
    expect([0, 1, 2, 5, 9].map((n) => backoffMs(n, { class: 'retryable', code: 'x', message: '' }, o))).toEqual([199, 399, 799, 4995, 4995]);
    expect(backoffMs(0, { class: 'rate-limited', code: 'x', message: '', retryAfterMs: 2500 }, o)).toBe(2500);
  });

  it('what a capability or an event brings in', () => {
    expect(['pull-orders', 'channel.pull-orders', 'pull-shipping-advice', 'erp.pull-shipments', 'pull-stock', 'push-stock'].map(itemKindOfCapability))
      .toEqual(['order', 'order', 'shipment', 'shipment', 'stock', 'ignored']);
    expect(['order', 'orders/create', 'order.updated', 'shipment.created', 'shipping-advice', 'ordering', 'customer.created'].map(itemKindOfEvent))
      .toEqual(['order', 'order', 'order', 'shipment', 'shipment', 'ignored', 'ignored']);
  });
});
