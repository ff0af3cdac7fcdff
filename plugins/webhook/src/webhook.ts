import { createHash } from 'node:crypto';
import type { WebhookDelivery, WebhookParseResult } from '@oms/runtime';
import { failure } from './failure.js';
import { mapOrders } from './map-orders.js';
import type { Ctx } from './types.js';

/** Delivery id headers a generic sender may set, in order; else a digest of the body (a redelivery is a duplicate). */
const ID_HEADERS = ['webhook-id', 'x-webhook-id', 'x-request-id', 'idempotency-key'];

/**
 * Inbound generic JSON orders. The host has verified the HMAC-SHA256 signature on the raw body; here the body is
 * mapped by the installation's `mapping`. A bad body or a bad mapping refuses the whole delivery with a
 * `validation` failure naming the JSON Pointer of each bad field (the host dead-letters it; nothing is taken in).
 */
export function parseWebhook(delivery: WebhookDelivery, ctx: Ctx): WebhookParseResult {
  const h = Object.fromEntries(Object.entries(delivery.headers).map(([k, v]) => [k.toLowerCase(), v]));
  const given = ID_HEADERS.map((k) => h[k]).find((v) => typeof v === 'string' && v !== '' && v.length <= 200);
  const deliveryId = given ?? `sha256:${createHash('sha256').update(delivery.rawBody, 'utf8').digest('hex')}`;
  let body: unknown;
  try {
    body = JSON.parse(delivery.rawBody);
  } catch {
    throw failure('validation', 'webhook.bad-payload', 'the body is not JSON', { details: { errors: [{ path: '', message: 'not JSON' }] } });
  }
  const r = mapOrders(body, ctx.config.mapping);
  if (!r.ok) {
    const mappingFault = r.errors.some((e) => e.path.startsWith('/mapping'));
    const text = r.errors.map((e) => `${e.path || '/'}: ${e.message}`).join('; ');
    throw failure('validation', mappingFault ? 'webhook.bad-mapping' : 'webhook.bad-payload', mappingFault ? `mapping: ${text}` : text, { details: { errors: r.errors } });
  }
  return { deliveryId, events: r.orders.map((payload) => ({ type: 'order.received', payload })) };
}
