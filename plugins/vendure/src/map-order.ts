import type { VendureAddress, VendureOrder } from './order-fields.js';

/** The canonical order (runtime canonicalOrderSchema) as this plugin builds it. */
export interface CanonicalOrderOut {
  channel: string;
  externalId: string;
  currency: string;
  placedAt?: string;
  customer?: { id?: string; email?: string; name?: string };
  shipTo?: Record<string, string>;
  billTo?: Record<string, string>;
  lines: Array<{ sku: string; qty: number; unitPrice: number; name?: string; attributes: Record<string, unknown> }>;
  totals: { subtotal: number; shipping: number; tax: number; discount: number; total: number };
  attributes: Record<string, unknown>;
}

const clip = (s: string | null | undefined, max: number): string | undefined => {
  const t = (s ?? '').trim();
  return t ? t.slice(0, max) : undefined;
};

function compact<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function address(a: VendureAddress | null): Record<string, string> | undefined {
  if (!a) return undefined;
  const country = (a.countryCode ?? '').toUpperCase();
  const out = compact({
    name: clip(a.fullName, 200),
    company: clip(a.company, 200),
    line1: clip(a.streetLine1, 300),
    line2: clip(a.streetLine2, 300),
    city: clip(a.city, 120),
    region: clip(a.province, 120),
    postcode: clip(a.postalCode, 32),
    country: /^[A-Z]{2}$/.test(country) ? country : undefined,
    phone: clip(a.phoneNumber, 40),
  }) as Record<string, string>;
  return Object.keys(out).length ? out : undefined;
}

/**
 * Vendure order → canonical order. Money: Vendure keeps integers in minor units, prices with tax are taken
 * (what the customer pays). `externalId` is the order code (what a customer and support see).
 */
export function mapOrder(o: VendureOrder, opts: { channel: string; currencyDecimals?: number }): CanonicalOrderOut {
  const unit = 10 ** (opts.currencyDecimals ?? 2);
  const money = (minor: number) => Math.max(0, Math.round(minor) / unit);
  const email = o.customer?.emailAddress && /^[^\s@]+@[^\s@]+$/.test(o.customer.emailAddress) ? o.customer.emailAddress.slice(0, 254) : undefined;
  const customer = o.customer
    ? compact({ id: clip(o.customer.id, 128), email, name: clip(`${o.customer.firstName ?? ''} ${o.customer.lastName ?? ''}`, 200) })
    : undefined;
  const order: CanonicalOrderOut = {
    channel: opts.channel,
    externalId: o.code,
    currency: o.currencyCode,
    lines: o.lines.map((l) => compact({
      sku: l.productVariant.sku,
      qty: l.quantity,
      unitPrice: money(l.unitPriceWithTax),
      name: clip(l.productVariant.name, 300),
      attributes: { vendureLineId: l.id },
    }) as CanonicalOrderOut['lines'][number]),
    totals: {
      subtotal: money(o.subTotalWithTax),
      shipping: money(o.shippingWithTax),
      tax: money(o.taxSummary.reduce((s, t) => s + t.taxTotal, 0)),
      discount: money(-o.discounts.reduce((s, d) => s + d.amountWithTax, 0)),
      total: money(o.totalWithTax),
    },
    attributes: { vendureId: o.id, vendureState: o.state },
  };
  if (o.orderPlacedAt) order.placedAt = o.orderPlacedAt;
  if (customer && Object.keys(customer).length) order.customer = customer;
  const shipTo = address(o.shippingAddress);
  if (shipTo) order.shipTo = shipTo;
  const billTo = address(o.billingAddress);
  if (billTo) order.billTo = billTo;
  return order;
}
