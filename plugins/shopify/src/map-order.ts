import { address, compact, email, instant, MISSING_SKU_TAG, money, tagList, text, type CanonicalOrderOut, type RawAddress } from './canonical.js';
import { legacyId } from './gid.js';
import type { GqlAddress, GqlOrder } from './order-fields.js';

export interface MapOptions {
  externalIdFrom?: 'id' | 'name';
}

function gqlAddress(a: GqlAddress | null | undefined): RawAddress | undefined {
  if (!a) return undefined;
  return {
    name: a.name, company: a.company, line1: a.address1, line2: a.address2, city: a.city, region: a.provinceCode,
    postcode: a.zip, country: a.countryCodeV2, phone: a.phone, lat: a.latitude, lon: a.longitude,
  };
}

/**
 * A GraphQL Admin API order → the canonical order. Quantities are the current ones (after edits and removals);
 * lines with none left are dropped. Amounts are in the shop currency (`shopMoney`, `currencyCode`).
 */
export function mapOrder(o: GqlOrder, opts: MapOptions = {}): CanonicalOrderOut {
  let missingSku = false;
  const lines = o.lineItems.nodes
    .map((li) => ({ li, qty: li.currentQuantity ?? li.quantity }))
    .filter(({ qty }) => qty >= 1)
    .map(({ li, qty }) => {
      const sku = text(li.sku, 64);
      if (!sku) missingSku = true;
      return compact({
        id: legacyId(li.id),
        sku: sku ?? `shopify:line:${legacyId(li.id)}`,
        qty,
        unitPrice: money(li.originalUnitPriceSet?.shopMoney.amount),
        name: text(li.name, 300),
      });
    });
  const tags = tagList(o.tags);
  if (missingSku) tags.push(MISSING_SKU_TAG);
  return compact({
    channel: 'shopify' as const,
    externalId: opts.externalIdFrom === 'name' ? o.name : o.legacyResourceId,
    currency: o.currencyCode,
    placedAt: instant(o.processedAt) ?? instant(o.createdAt),
    customer: o.customer || o.email
      ? compact({ id: o.customer ? legacyId(o.customer.id) : undefined, email: email(o.email ?? o.customer?.email), name: text(o.customer?.displayName, 200) })
      : undefined,
    shipTo: address(gqlAddress(o.shippingAddress)),
    billTo: address(gqlAddress(o.billingAddress)),
    lines,
    totals: compact({
      subtotal: money(o.subtotalPriceSet?.shopMoney.amount),
      shipping: money(o.totalShippingPriceSet?.shopMoney.amount),
      tax: money(o.totalTaxSet?.shopMoney.amount),
      discount: money(o.totalDiscountsSet?.shopMoney.amount),
      total: money(o.totalPriceSet?.shopMoney.amount),
    }),
    tags: tags.length ? tags.slice(0, 50) : undefined,
    attributes: { shopifyId: o.id, shopifyName: o.name, ...(o.test ? { test: true } : {}) },
  });
}
