import type { WebhookDelivery, WebhookParseResult } from '@oms/runtime';
import { adminRequest } from './admin-api.js';
import { failure } from '@oms-plugin/kit';
import { mapOrder } from './map-order.js';
import { ORDER_FIELDS, type VendureOrder } from './order-fields.js';
import type { Ctx } from './types.js';

interface VendureEvent {
  id: string;
  type: string;
  order?: { id: string; code: string; state?: string };
}

const QUERY = `query($code: String!) { orders(options: { filter: { code: { eq: $code } }, take: 1 }) { items { ${ORDER_FIELDS} } } }`;

/**
 * Vendure sends no webhooks of its own; a small EventBus subscriber in the shop posts
 * `{id, type: 'order.placed', order: {id, code}}` signed with HMAC-SHA256 (hex) in `X-Vendure-Signature` (the host
 * has verified it). The event carries only the code, so the order is read back and mapped like a pulled one:
 * the events are `order.placed` with a canonical order as payload.
 */
export async function parseWebhook(delivery: WebhookDelivery, ctx: Ctx): Promise<WebhookParseResult> {
  let event: VendureEvent;
  try {
    event = JSON.parse(delivery.rawBody) as VendureEvent;
  } catch {
    throw failure('validation', 'webhook body is not JSON');
  }
  if (typeof event?.id !== 'string' || typeof event.type !== 'string') throw failure('validation', 'webhook body has no id or type');
  const deliveryId = delivery.headers['x-vendure-event-id'] ?? event.id;
  if (event.type !== 'order.placed' || !event.order?.code) return { deliveryId, events: [] };
  const data = await adminRequest<{ orders: { items: VendureOrder[] } }>(ctx, QUERY, { code: event.order.code });
  const order = data.orders.items[0];
  if (!order) throw failure('retryable', `order ${event.order.code} not visible in the Admin API yet`);
  return { deliveryId, events: [{ type: 'order.placed', payload: mapOrder(order, { channel: 'vendure', currencyDecimals: ctx.config.currencyDecimals }) }] };
}
