import { canonicalAddress, clip, compact, email, type CanonicalOrderOut } from '@oms-plugin/kit';
import type { VendureAddress, VendureOrder } from './order-fields.js';

export type { CanonicalOrderOut };


function address(a: VendureAddress | null): Record<string, string> | undefined {
  if (!a) return undefined;
  return canonicalAddress({
    name: a.fullName, company: a.company, line1: a.streetLine1, line2: a.streetLine2, city: a.city,
    region: a.province, postcode: a.postalCode, country: a.countryCode, phone: a.phoneNumber,
  });
}

/**
 * Vendure order → canonical order. Money: Vendure keeps integers in minor units, prices with tax are taken
 * (what the customer pays). `externalId` is the order code (what a customer and support see).
 */
export function mapOrder(o: VendureOrder, opts: { channel: string; currencyDecimals?: number }): CanonicalOrderOut {
  const unit = 10 ** (opts.currencyDecimals ?? 2);
  const money = (minor: number) => Math.max(0, Math.round(minor) / unit);
  const mail = email(o.customer?.emailAddress);
  const customer = o.customer
    ? compact({ id: clip(o.customer.id, 128), email: mail, name: clip(`${o.customer.firstName ?? ''} ${o.customer.lastName ?? ''}`, 200) })
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
