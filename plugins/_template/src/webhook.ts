import type { WebhookDelivery, WebhookParseResult } from '@oms/runtime';
import { failure } from '@oms-plugin/kit';
import { mapOrder } from './map-order.js';
import { PLUGIN_ID } from './pull-orders.js';
import type { Ctx, ShopOrder } from './types.js';

/**
 * `POST /api/hooks/:installationId`: the host has verified `X-Shop-Signature` (manifest `webhook.signature`) on
 * the raw body and deduped `X-Shop-Delivery` before this runs. Only `order.created` carries an order for intake;
 * other topics are acknowledged with no events.
 */
export function parseWebhook(delivery: WebhookDelivery, _ctx: Ctx): WebhookParseResult {
  let body: { id?: string; topic?: string; order?: ShopOrder };
  try {
    body = JSON.parse(delivery.rawBody);
  } catch {
    throw failure('validation', 'webhook body is not JSON');
  }
  const deliveryId = delivery.headers['x-shop-delivery'] ?? body.id;
  if (!deliveryId) throw failure('validation', 'webhook has no delivery id');
  if (body.topic !== 'order.created' || !body.order) return { deliveryId, events: [] };
  return { deliveryId, events: [{ type: 'order.placed', payload: mapOrder(body.order, PLUGIN_ID) }] };
}
