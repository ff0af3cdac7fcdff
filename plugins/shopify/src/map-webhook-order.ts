import { address, compact, email, instant, MISSING_SKU_TAG, money, tagList, text, type CanonicalOrderOut, type RawAddress } from './canonical.js';
import type { MapOptions } from './map-order.js';

/** The REST-shaped order of an `orders/*` webhook body (snake_case, numeric ids, decimal strings). */
interface RestAddress {
  name?: string | null;
  first_name?: string | null;
  last_name?: string | null;
  company?: string | null;
  address1?: string | null;
  address2?: string | null;
  city?: string | null;
  province_code?: string | null;
  zip?: string | null;
  country_code?: string | null;
  phone?: string | null;
  latitude?: number | null;
  longitude?: number | null;
}

export interface RestOrder {
  id: number;
  admin_graphql_api_id?: string;
  name: string;
  email?: string | null;
  created_at: string;
  processed_at?: string | null;
  updated_at?: string;
  cancelled_at?: string | null;
  test?: boolean;
  tags?: string;
  currency: string;
  customer?: { id: number; email?: string | null; first_name?: string | null; last_name?: string | null } | null;
  shipping_address?: RestAddress | null;
  billing_address?: RestAddress | null;
  line_items: Array<{ id: number; sku?: string | null; name?: string | null; quantity: number; current_quantity?: number; price?: string }>;
  subtotal_price?: string;
  total_tax?: string;
  total_discounts?: string;
  total_price?: string;
  total_shipping_price_set?: { shop_money: { amount: string } } | null;
}

function restAddress(a: RestAddress | null | undefined): RawAddress | undefined {
  if (!a) return undefined;
  const name = a.name ?? ([a.first_name, a.last_name].filter(Boolean).join(' ') || undefined);
  return {
    name, company: a.company, line1: a.address1, line2: a.address2, city: a.city, region: a.province_code,
    postcode: a.zip, country: a.country_code, phone: a.phone, lat: a.latitude, lon: a.longitude,
  };
}

/** Same canonical order as a pull of the same order (see map-order.ts), from the webhook's REST shape. */
export function mapWebhookOrder(o: RestOrder, opts: MapOptions = {}): CanonicalOrderOut {
  let missingSku = false;
  const lines = o.line_items
    .map((li) => ({ li, qty: li.current_quantity ?? li.quantity }))
    .filter(({ qty }) => qty >= 1)
    .map(({ li, qty }) => {
      const sku = text(li.sku, 64);
      if (!sku) missingSku = true;
      return compact({ id: String(li.id), sku: sku ?? `shopify:line:${li.id}`, qty, unitPrice: money(li.price), name: text(li.name, 300) });
    });
  const tags = tagList(o.tags);
  if (missingSku) tags.push(MISSING_SKU_TAG);
  const c = o.customer;
  return compact({
    channel: 'shopify' as const,
    externalId: opts.externalIdFrom === 'name' ? o.name : String(o.id),
    currency: o.currency,
    placedAt: instant(o.processed_at) ?? instant(o.created_at),
    customer: c || o.email
      ? compact({ id: c ? String(c.id) : undefined, email: email(o.email ?? c?.email), name: text([c?.first_name, c?.last_name].filter(Boolean).join(' '), 200) })
      : undefined,
    shipTo: address(restAddress(o.shipping_address)),
    billTo: address(restAddress(o.billing_address)),
    lines,
    totals: compact({
      subtotal: money(o.subtotal_price),
      shipping: money(o.total_shipping_price_set?.shop_money.amount),
      tax: money(o.total_tax),
      discount: money(o.total_discounts),
      total: money(o.total_price),
    }),
    tags: tags.length ? tags.slice(0, 50) : undefined,
    attributes: { shopifyId: o.admin_graphql_api_id ?? `gid://shopify/Order/${o.id}`, shopifyName: o.name, ...(o.test ? { test: true } : {}) },
  });
}
