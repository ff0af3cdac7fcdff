import type { ShopOrder } from './types.js';

/** The canonical order (runtime `canonicalOrderSchema`) as this plugin builds it. */
export interface CanonicalOrderOut {
  channel: string;
  externalId: string;
  currency: string;
  placedAt: string;
  customer?: { id?: string; email?: string; name?: string };
  shipTo?: Record<string, string>;
  lines: Array<{ sku: string; qty: number; unitPrice: number; name?: string; attributes: Record<string, unknown> }>;
  totals: { subtotal: number; shipping: number; tax: number; discount: number; total: number };
  attributes: Record<string, unknown>;
}

const amount = (s: string | undefined) => (s === undefined ? 0 : Math.max(0, Number(s)) || 0);

function defined<T extends Record<string, unknown>>(o: T): Record<string, string> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => typeof v === 'string' && v !== '')) as Record<string, string>;
}

/**
 * Remote order → canonical order: the one place that knows both shapes. `channel` is the plugin id (the host
 * tags pulled orders with it); `externalId` is the code a customer sees. Money arrives as decimal strings.
 */
export function mapOrder(o: ShopOrder, channel: string): CanonicalOrderOut {
  const lines = o.line_items.map((l) => ({
    sku: l.sku,
    qty: l.quantity,
    unitPrice: amount(l.price),
    ...(l.name ? { name: l.name } : {}),
    attributes: { shopLineId: l.id },
  }));
  const subtotal = lines.reduce((s, l) => s + l.unitPrice * l.qty, 0);
  const order: CanonicalOrderOut = {
    channel,
    externalId: o.number,
    currency: o.currency.toUpperCase(),
    placedAt: o.created_at,
    lines,
    totals: { subtotal, shipping: amount(o.shipping_total), tax: amount(o.tax_total), discount: 0, total: amount(o.total) },
    attributes: { shopId: o.id },
  };
  const customer = o.customer ? defined(o.customer) : {};
  if (Object.keys(customer).length) order.customer = customer;
  const shipTo = o.shipping_address ? defined(o.shipping_address) : {};
  if (Object.keys(shipTo).length) order.shipTo = shipTo;
  return order;
}
