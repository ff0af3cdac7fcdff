import { v7 as uuidv7 } from 'uuid';
import { deliverFlowEvent } from '../flows/driver.js';
import type { AppDeps } from '../http/route-spec.js';
import { HttpError } from '../http/errors.js';
import { consumeStock } from '../inventory/stock-service.js';
import { addJob } from '../jobs/queue.js';
import { lockOrder, runningInstances } from '../orders/order-load.js';
import { transitionOrder } from '../orders/order-status.js';
import { appendTimeline, type Actor } from '../orders/timeline.js';
import { ORDER_OPS_TASKS } from './task-names.js';

export interface ShipmentInput {
  orderId: string;
  location: string;
  lines: Array<{ lineId: string; qty: number }>;
  carrier?: string;
  tracking?: string;
  trackingUrl?: string;
  /** The WMS / connector's own id: a second confirmation with it returns the first shipment. */
  externalId?: string;
  shippedAt?: string;
}

/** Lines can ship once the order is allocated (or released to the warehouse, or partly shipped already). */
const SHIPPABLE = new Set(['allocated', 'released', 'partially-shipped']);

/**
 * What a WMS connector calls: the lines left the location. In one transaction: stock consumed (the order's
 * reservation first), shipment rows, shipped quantities, status partially-shipped / shipped, timeline; then the
 * channel update job and a `shipment-confirmed` event to the order's flow, both in the same transaction.
 */
export async function confirmShipment(deps: AppDeps, tenantId: string, input: ShipmentInput, actor: Actor) {
  const at = new Date(deps.clock.now());
  return deps.db.transaction(async (trx) => {
    const order = await lockOrder(trx, tenantId, input.orderId);
    if (input.externalId) {
      const seen = await trx('shipments').where({ tenant_id: tenantId, external_id: input.externalId }).first('id', 'order_id');
      if (seen) {
        if (seen.order_id !== order.id) throw new HttpError(409, 'shipment.external-id-taken', 'This externalId belongs to a shipment of another order', { path: '/externalId' });
        return { id: seen.id as string, orderStatus: order.status, duplicate: true };
      }
    }
    if (!SHIPPABLE.has(order.status)) {
      throw new HttpError(409, 'shipment.not-shippable', `Order ${order.number} is ${order.status}: only allocated or released orders ship`, { details: { status: order.status } });
    }
    const rows = await trx('order_lines').where({ tenant_id: tenantId, order_id: order.id }).forUpdate().select('line_id', 'sku', 'qty', 'shipped_qty');
    const byId = new Map(rows.map((r) => [r.line_id as string, r]));
    const seenLines = new Set<string>();
    input.lines.forEach((l, i) => {
      const row = byId.get(l.lineId);
      if (!row) throw new HttpError(400, 'shipment.unknown-line', `No line ${l.lineId} on ${order.number}`, { path: `/lines/${i}/lineId` });
      if (seenLines.has(l.lineId)) throw new HttpError(400, 'shipment.duplicate-line', `Line ${l.lineId} is listed twice`, { path: `/lines/${i}/lineId` });
      seenLines.add(l.lineId);
      if (l.qty > row.qty - row.shipped_qty) {
        throw new HttpError(409, 'shipment.over-ship', `Line ${l.lineId} has ${row.qty - row.shipped_qty} left to ship`, { path: `/lines/${i}/qty` });
      }
    });
    const id = uuidv7();
    const shippedAt = input.shippedAt ? new Date(input.shippedAt) : at;
    await trx('shipments').insert({
      tenant_id: tenantId, id, order_id: order.id, location_id: input.location, external_id: input.externalId ?? null,
      carrier: input.carrier ?? null, tracking: input.tracking ?? null, tracking_url: input.trackingUrl ?? null,
      shipped_at: shippedAt, created_by: actor.userId, api_key_id: actor.apiKeyId ?? null, created_at: at,
    });
    for (const l of input.lines) {
      const row = byId.get(l.lineId)!;
      await consumeStock(trx, { tenantId, orderId: order.id, location: input.location, sku: row.sku, qty: l.qty, actor });
      await trx('shipment_lines').insert({ tenant_id: tenantId, shipment_id: id, order_id: order.id, line_id: l.lineId, sku: row.sku, qty: l.qty });
      await trx('order_lines').where({ tenant_id: tenantId, order_id: order.id, line_id: l.lineId }).increment('shipped_qty', l.qty);
      row.shipped_qty += l.qty;
    }
    const complete = rows.every((r) => r.shipped_qty >= r.qty);
    await transitionOrder(trx, { tenantId, orderId: order.id, to: complete ? 'shipped' : 'partially-shipped', actor, at, reason: `shipment from ${input.location}` });
    await appendTimeline(trx, {
      tenantId, orderId: order.id, type: 'shipped', actor, at,
      message: [input.carrier, input.tracking].filter(Boolean).join(' ') || undefined,
      data: { shipment: id, location: input.location, lines: input.lines, carrier: input.carrier ?? null, tracking: input.tracking ?? null, trackingUrl: input.trackingUrl ?? null },
    });
    await addJob(trx, ORDER_OPS_TASKS.channelFulfilment, { tenantId, shipmentId: id });
    for (const instanceId of await runningInstances(trx, tenantId, order.id)) {
      const event = { type: 'external', id: `shipment:${id}`, name: 'shipment-confirmed', payload: { shipment: id, complete } };
      await deliverFlowEvent(deps, { tenantId, instanceId, event: event as never, actor }, trx);
    }
    return { id, orderStatus: complete ? 'shipped' : 'partially-shipped', duplicate: false };
  });
}
