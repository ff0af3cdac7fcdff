/** The standard `push-fulfilment` input (CONTRACT3: `order` is the remote order's code or id). */
export interface FulfilmentInput {
  order: string;
  status: 'shipped' | 'delivered';
  carrier?: string;
  tracking?: string;
  trackingUrl?: string;
  lines?: Array<{ sku: string; qty: number }>;
}

/** An order line of the remote order. */
export interface RemoteLine {
  id: string;
  sku: string | null;
  quantity: number;
}

/** A quantity of an order line that a live (not cancelled) fulfilment already covers. */
export interface CoveredLine {
  lineId: string;
  quantity: number;
}

/**
 * Order lines to fulfil: the requested SKUs (or everything) capped by what no live fulfilment covers yet, in the
 * order's line order for each requested SKU. A SKU asked for more than is open gets what is open.
 */
export function linesToFulfil(lines: RemoteLine[], covered: CoveredLine[], wanted?: FulfilmentInput['lines']): Array<{ id: string; quantity: number }> {
  const done = new Map<string, number>();
  for (const c of covered) done.set(c.lineId, (done.get(c.lineId) ?? 0) + c.quantity);
  const open = lines.map((l) => ({ id: l.id, sku: l.sku, left: l.quantity - (done.get(l.id) ?? 0) })).filter((l) => l.left > 0);
  if (!wanted) return open.map((l) => ({ id: l.id, quantity: l.left }));
  const out: Array<{ id: string; quantity: number }> = [];
  for (const w of wanted) {
    let qty = w.qty;
    for (const l of open.filter((o) => o.sku === w.sku)) {
      const take = Math.min(qty, l.left);
      if (take > 0) out.push({ id: l.id, quantity: take });
      l.left -= take;
      qty -= take;
    }
  }
  return out;
}
