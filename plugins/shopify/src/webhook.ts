import type { WebhookDelivery, WebhookParseResult } from '@oms/runtime';
import { failure } from '@oms-plugin/kit';
import { mapWebhookOrder, type RestOrder } from './map-webhook-order.js';
import type { Ctx } from './types.js';

/** Topics whose body is an order to take in; others (app/uninstalled, orders/cancelled...) are acknowledged only. */
const ORDER_TOPICS = new Set(['orders/create', 'orders/updated', 'orders/paid']);

/**
 * The host has verified `X-Shopify-Hmac-Sha256` on the raw body and deduped by `X-Shopify-Event-Id`. The
 * delivery id is that header (else the webhook id, which Shopify keeps across its retries). An order topic gives
 * one event (type = the topic, `orders/create`) whose payload is the canonical order; a cancelled order none.
 */
export async function parseWebhook(delivery: WebhookDelivery, ctx: Ctx): Promise<WebhookParseResult> {
  const h = Object.fromEntries(Object.entries(delivery.headers).map(([k, v]) => [k.toLowerCase(), v]));
  const deliveryId = h['x-shopify-event-id'] ?? h['x-shopify-webhook-id'];
  if (!deliveryId) throw failure('validation', 'webhook has no X-Shopify-Event-Id');
  const topic = h['x-shopify-topic'] ?? '';
  if (!ORDER_TOPICS.has(topic)) return { deliveryId, events: [] };
  let order: RestOrder;
  try {
    order = JSON.parse(delivery.rawBody) as RestOrder;
  } catch {
    throw failure('validation', 'webhook body is not JSON');
  }
  if (typeof order?.id !== 'number' || !Array.isArray(order.line_items)) throw failure('validation', `${topic} body is not an order`);
  if (order.cancelled_at) return { deliveryId, events: [] };
  const payload = mapWebhookOrder(order, { externalIdFrom: ctx.config.externalIdFrom });
  return { deliveryId, events: payload.lines.length ? [{ type: topic, payload }] : [] };
}
