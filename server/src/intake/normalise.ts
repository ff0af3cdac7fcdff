import type { CanonicalOrder, OrderLine } from '@oms/runtime';

export interface NormaliseOptions {
  /** The tenant's default currency (tenant settings). */
  currency: string;
  /** Epoch ms from the app clock: the default `placedAt`. */
  now: number;
  /** Default channel when the order names none. */
  channel: string;
}

/**
 * The canonical order as stored: strings trimmed (empty ones dropped), line ids `line-<n>` where missing,
 * currency and channel defaulted, `placedAt` in UTC ISO form (default now), totals computed from the lines when
 * absent (`subtotal` = Σ qty × unitPrice, `total` = subtotal + shipping + tax − discount). Pure.
 */
export function normaliseOrder(input: CanonicalOrder, opts: NormaliseOptions): CanonicalOrder {
  const order = trimDeep(input) as CanonicalOrder;
  const used = new Set(order.lines.map((l) => l.id).filter(Boolean));
  let n = 0;
  const nextId = () => {
    let id: string;
    do id = `line-${++n}`;
    while (used.has(id));
    used.add(id);
    return id;
  };
  order.lines = order.lines.map((l): OrderLine => ({ ...l, id: l.id || nextId() }));
  order.channel = order.channel ?? opts.channel;
  order.currency = order.currency ?? opts.currency;
  order.placedAt = new Date(order.placedAt ? Date.parse(order.placedAt) : opts.now).toISOString();
  order.totals = computeTotals(order);
  return order;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function computeTotals(order: CanonicalOrder): NonNullable<CanonicalOrder['totals']> {
  const t = { ...order.totals };
  const priced = order.lines.every((l) => typeof l.unitPrice === 'number');
  if (t.subtotal === undefined && priced) t.subtotal = round2(order.lines.reduce((s, l) => s + l.qty * (l.unitPrice ?? 0), 0));
  if (t.total === undefined && t.subtotal !== undefined) {
    t.total = round2(t.subtotal + (t.shipping ?? 0) + (t.tax ?? 0) - (t.discount ?? 0));
  }
  return t;
}

function trimDeep(v: unknown): unknown {
  if (typeof v === 'string') return v.trim();
  if (Array.isArray(v)) return v.map(trimDeep);
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    const t = trimDeep(x);
    if (t !== '' && t !== undefined) out[k] = t;
  }
  return out;
}
