import type { CanonicalOrder } from '@oms/runtime';

export interface OrderRow {
  number: string;
  body: CanonicalOrder;
}

/** The canonical order as a push-sales-order input (the standard shape: number, lines with sku / qty / price). */
export function salesOrderInput(o: OrderRow) {
  const b = o.body;
  const order = {
    number: o.number,
    ...(b.externalId ? { externalId: b.externalId } : {}),
    ...(b.channel ? { channel: b.channel } : {}),
    ...(b.currency ? { currency: b.currency } : {}),
    ...(b.placedAt ? { placedAt: b.placedAt } : {}),
    ...(b.customer ? { customer: b.customer } : {}),
    ...(b.shipTo ? { shipTo: b.shipTo } : {}),
    ...(b.billTo ? { billTo: b.billTo } : {}),
    lines: b.lines.map((l) => ({ id: l.id, sku: l.sku, qty: l.qty, ...(l.unitPrice !== undefined ? { unitPrice: l.unitPrice } : {}), ...(l.name ? { name: l.name } : {}) })),
  };
  return { order };
}

/**
 * A push-shipping-order input: the location's allocated quantities, spread over the order's lines of each SKU in
 * line order (an order may list a SKU twice), so every WMS line names the order line it ships.
 */
export function shippingOrderInput(o: OrderRow, location: string, allocated: Array<{ sku: string; qty: number }>) {
  const left = new Map<string, number>();
  for (const a of allocated) left.set(a.sku, (left.get(a.sku) ?? 0) + a.qty);
  const lines: Array<{ lineId: string; sku: string; qty: number }> = [];
  for (const l of o.body.lines) {
    const qty = Math.min(l.qty, left.get(l.sku) ?? 0);
    if (qty <= 0) continue;
    left.set(l.sku, left.get(l.sku)! - qty);
    lines.push({ lineId: l.id, sku: l.sku, qty });
  }
  const b = o.body;
  return { location, order: { number: o.number, ...(b.externalId ? { externalId: b.externalId } : {}), ...(b.shipTo ? { shipTo: b.shipTo } : {}), lines } };
}
