import type { CanonicalOrder } from '@oms/runtime';
import type { AppDeps } from '../../http/route-spec.js';
import { HttpError } from '../../http/errors.js';
import { intakePluginOrder } from '../../intake/plugin-intake.js';
import { adjustStock } from '../../inventory/stock-service.js';
import { confirmShipment, type ShipmentInput } from '../../shipments/confirm-shipment.js';

export type TakeInOutcome = { ok: true; created: boolean } | { ok: false; code: string; message: string };

/** What a pulled or pushed item is, by the capability or webhook event it came from. */
export type ItemKind = 'order' | 'shipment' | 'stock' | 'ignored';

export function itemKindOfCapability(key: string): ItemKind {
  if (/(^|\.)pull-orders$/.test(key)) return 'order';
  if (/(^|\.)(pull-shipments|pull-shipping-advice)$/.test(key)) return 'shipment';
  if (/(^|\.)pull-stock$/.test(key)) return 'stock';
  return 'ignored';
}

/** Webhook events: `order`, `order.*`, `order-*`, `orders/*` are orders; `shipment…` / `shipping-advice…` shipments. */
export function itemKindOfEvent(type: string): ItemKind {
  if (/^orders?([./-]|$)/.test(type)) return 'order';
  if (/^(shipments?|shipping-advice)([./-]|$)/.test(type)) return 'shipment';
  return 'ignored';
}

/**
 * Hand one item to the order service: orders to the intake pipeline (deduped by channel + external id, so overlap
 * and redelivery are harmless), shipments to confirmShipment (deduped by externalId). Refusals are returned, not
 * thrown: the caller dead-letters them.
 */
export async function takeIn(
  deps: AppDeps,
  p: { tenantId: string; pluginId: string; kind: ItemKind; item: unknown; requestId: string; defaultLocation?: string },
): Promise<TakeInOutcome> {
  try {
    if (p.kind === 'stock') {
      // ERP stock pull: the remote's on-hand count is the truth for that location (a movement records the change).
      const s = p.item as { sku: string; location?: string; onHand: number };
      const location = s.location ?? p.defaultLocation;
      if (!location) return { ok: false, code: 'stock.location-required', message: `No location for ${s.sku} (set config.location)` };
      const actor = { userId: null, label: `plugin:${p.pluginId}`, requestId: p.requestId };
      await deps.db.transaction((trx) => adjustStock(trx, { tenantId: p.tenantId, location, sku: s.sku, set: s.onHand, reason: `plugin:${p.pluginId} pull-stock`, actor }));
      return { ok: true, created: true };
    }
    if (p.kind === 'order') {
      const r = await intakePluginOrder(deps, { tenantId: p.tenantId, pluginId: p.pluginId, order: p.item as CanonicalOrder, requestId: p.requestId });
      if (!r.ok) return { ok: false, code: r.code, message: r.issues.map((i) => `${i.path}: ${i.message}`).join('; ').slice(0, 500) };
      return { ok: true, created: !r.order.duplicate };
    }
    if (p.kind === 'shipment') {
      const s = p.item as ShipmentInput & { orderNumber?: string };
      let orderId = s.orderId;
      if (!orderId && s.orderNumber) orderId = (await deps.db('orders').where({ tenant_id: p.tenantId, number: s.orderNumber }).first('id'))?.id;
      if (!orderId) return { ok: false, code: 'shipment.unknown-order', message: `No order ${s.orderNumber ?? '(none given)'}` };
      const { orderNumber: _n, ...rest } = s;
      const r = await confirmShipment(deps, p.tenantId, { ...rest, orderId }, { userId: null, label: `plugin:${p.pluginId}`, requestId: p.requestId });
      return { ok: true, created: !r.duplicate };
    }
    return { ok: true, created: false };
  } catch (err) {
    if (err instanceof HttpError && err.status < 500) return { ok: false, code: err.code, message: err.message };
    throw err;
  }
}
