import { clean, segment, transactionSet } from './x12/write.js';
import type { Address } from '@oms/runtime';

/** The canonical ship-to address (runtime type, imported as a type only: erased at run time). */
export type ShipTo = Address;

export interface ShippingOrder {
  number: string;
  externalId?: string;
  shipTo?: ShipTo;
  lines: Array<{ lineId: string; sku: string; qty: number }>;
}

/** Identifiers we may not shorten (the 3PL echoes them back in the 945): X12 004010 maximum lengths. */
export const LIMITS = { orderNumber: 22, purchaseOrder: 22, sku: 48, lineId: 30 } as const;

/** Which identifier is too long for the 940, or undefined. */
export function tooLong(order: ShippingOrder): string | undefined {
  if (order.number.length > LIMITS.orderNumber) return `order number '${order.number}' is longer than ${LIMITS.orderNumber} characters (W05-02)`;
  if (order.externalId && order.externalId.length > LIMITS.purchaseOrder) return `externalId is longer than ${LIMITS.purchaseOrder} characters (W05-03)`;
  for (const l of order.lines) {
    if (l.sku.length > LIMITS.sku) return `SKU '${l.sku}' is longer than ${LIMITS.sku} characters (W01-05)`;
    if (l.lineId.length > LIMITS.lineId) return `line id '${l.lineId}' is longer than ${LIMITS.lineId} characters (N9-02)`;
  }
  return undefined;
}

/**
 * The body of one 940 Warehouse Shipping Order (004010): W05 header (N = original, our order number as the
 * depositor order number, the channel order code as PO), the ship-to party, then per line LX / W01 (quantity,
 * each, SKU qualified `SK`) / N9*LI carrying our line id so the 945 can name it, and the W76 total.
 */
export function build940(order: ShippingOrder, stControl: number, requestedDate: string): string[] {
  const body: string[] = [segment('W05', 'N', clean(order.number), clean(order.externalId))];
  const to = order.shipTo;
  if (to) {
    body.push(segment('N1', 'ST', clean(to.name || to.company || order.number, 60)));
    if (to.line1) body.push(segment('N3', clean(to.line1, 55), to.line2 ? clean(to.line2, 55) : undefined));
    if (to.city) body.push(segment('N4', clean(to.city, 30), clean(to.region, 2), clean(to.postcode, 15), clean(to.country, 3)));
    if (to.phone) body.push(segment('G61', 'IC', clean(to.name || 'RECEIVER', 60), 'TE', clean(to.phone, 80)));
  }
  body.push(segment('G62', '10', requestedDate));
  order.lines.forEach((l, i) => {
    body.push(segment('LX', i + 1), segment('W01', l.qty, 'EA', '', 'SK', clean(l.sku)), segment('N9', 'LI', clean(l.lineId)));
  });
  body.push(segment('W76', order.lines.reduce((n, l) => n + l.qty, 0)));
  return transactionSet('940', stControl, body);
}
