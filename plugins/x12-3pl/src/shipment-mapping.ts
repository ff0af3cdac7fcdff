import type { Advice945, ShipmentInput } from './edi-945.js';
import type { Interchange, TransactionSet } from './x12/envelope.js';

export type OrderLines = Array<{ lineId: string; sku: string }>;

/**
 * A 945 → the body of POST /api/shipments. A W12 without N9*LI is matched by SKU to the lines of the 940 we sent
 * (kept in state); lines of the same id are summed; lines with 0 shipped are left out.
 */
export function toShipment(ic: Interchange, set: TransactionSet, advice: Advice945, location: string, sent: OrderLines | undefined): ShipmentInput | undefined {
  const qty = new Map<string, number>();
  const used = new Set<string>();
  for (const l of advice.lines) {
    let lineId = l.lineId;
    if (!lineId) {
      const match = sent?.find((s) => s.sku === l.sku && !used.has(s.lineId)) ?? sent?.find((s) => s.sku === l.sku);
      if (!match) l.at.fail(8, `no N9*LI line id, and SKU '${l.sku ?? ''}' is not on our shipping order ${advice.orderNumber}`, '7');
      lineId = match.lineId;
    }
    used.add(lineId);
    if (l.qty > 0) qty.set(lineId, (qty.get(lineId) ?? 0) + l.qty);
  }
  if (!qty.size) return undefined;
  return {
    orderNumber: advice.orderNumber,
    location,
    lines: [...qty].map(([lineId, n]) => ({ lineId, qty: n })),
    ...(advice.carrier ? { carrier: advice.carrier } : {}),
    ...(advice.tracking ? { tracking: advice.tracking } : {}),
    externalId: `945:${ic.sender}:${advice.shipmentId ?? `${ic.control}-${set.control}`}`,
    ...(advice.shippedAt ? { shippedAt: advice.shippedAt } : {}),
  };
}
