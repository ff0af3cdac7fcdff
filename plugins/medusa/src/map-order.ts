import { canonicalAddress, clip, compact, email as validEmail, type CanonicalOrderOut } from '@oms-plugin/kit';
import type { MedusaAddress, MedusaOrder } from './order-fields.js';

export type { CanonicalOrderOut };

/** Medusa 2 keeps money as decimals in major units (BigNumber, served as a number); rounded to cents. */
const money = (v: number | null | undefined) => Math.max(0, Math.round(Number(v ?? 0) * 100) / 100);
const fullName = (a: { first_name?: string | null; last_name?: string | null }) => clip(`${a.first_name ?? ''} ${a.last_name ?? ''}`, 200);

function address(a: MedusaAddress | null | undefined): Record<string, string> | undefined {
  if (!a) return undefined;
  return canonicalAddress({
    name: `${a.first_name ?? ''} ${a.last_name ?? ''}`, company: a.company, line1: a.address_1, line2: a.address_2,
    city: a.city, region: a.province, postcode: a.postal_code, country: a.country_code, phone: a.phone,
  });
}

/**
 * Medusa order → canonical order. `externalId` is Medusa's order id (`order_01…`), not the display id (#12):
 * the id is what every Admin API route takes (push-fulfilment finds the order with one GET), it is unique
 * across stores and never reused, while display ids are a per-database sequence with no lookup route. The
 * display id travels in `attributes.medusaDisplayId` for people. Line SKU = the variant's SKU at order time.
 */
export function mapOrder(o: MedusaOrder, channel: string): CanonicalOrderOut {
  const email = validEmail(o.email);
  const c = o.customer;
  const customer = compact({ id: clip(c?.id ?? o.customer_id, 128), email, name: c ? fullName(c) : undefined });
  const order: CanonicalOrderOut = {
    channel,
    externalId: o.id,
    currency: o.currency_code.toUpperCase(),
    placedAt: new Date(o.created_at).toISOString(),
    lines: o.items.map((l) => compact({
      sku: clip(l.variant_sku, 64) ?? `medusa:${l.id}`,
      qty: l.quantity,
      unitPrice: money(l.unit_price),
      name: clip(l.product_title ?? l.title, 300),
      attributes: { medusaLineId: l.id, ...(l.variant_title ? { variant: l.variant_title } : {}) },
    }) as CanonicalOrderOut['lines'][number]),
    totals: {
      subtotal: money(o.item_total ?? o.subtotal),
      shipping: money(o.shipping_total),
      tax: money(o.tax_total),
      discount: money(o.discount_total),
      total: money(o.total),
    },
    attributes: { medusaId: o.id, medusaDisplayId: o.display_id, medusaStatus: o.status },
  };
  if (Object.keys(customer).length) order.customer = customer;
  const shipTo = address(o.shipping_address);
  if (shipTo) order.shipTo = shipTo;
  const billTo = address(o.billing_address);
  if (billTo) order.billTo = billTo;
  return order;
}
