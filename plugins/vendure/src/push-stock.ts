import type { CapabilityCall, PushOutcome } from '@oms/runtime';
import { adminRequest } from './admin-api.js';
import type { Ctx } from './types.js';

export interface StockInput {
  levels: Array<{ sku: string; available: number }>;
}

interface Variant {
  id: string;
  sku: string;
  stockOnHand: number;
  stockAllocated: number;
}

const FIND = `query($skus: [String!]!, $take: Int!) { productVariants(options: { filter: { sku: { in: $skus } }, take: $take }) {
  items { id sku stockOnHand stockAllocated } } }`;
const UPDATE = `mutation($input: [UpdateProductVariantInput!]!) { updateProductVariants(input: $input) { id sku stockOnHand } }`;

/**
 * Sets what Vendure may sell to our `available`. Vendure sells stockOnHand − stockAllocated, and its allocated
 * units are placed orders that we have pulled and reserved already (so `available` excludes them): stockOnHand
 * is set to available + stockAllocated, which keeps them from being subtracted twice. Default stock location.
 */
export async function pushStock(call: CapabilityCall<StockInput>, ctx: Ctx): Promise<PushOutcome> {
  const wanted = new Map<string, number>();
  for (const l of call.input.levels) wanted.set(l.sku, Math.max(0, Math.trunc(l.available)));
  if (!wanted.size) return { status: 'already-applied', data: { updated: [], unchanged: [], unknown: [] } };
  const skus = [...wanted.keys()];
  const found = await adminRequest<{ productVariants: { items: Variant[] } }>(ctx, FIND, { skus, take: Math.min(1000, skus.length * 4) });
  const variants = found.productVariants.items.filter((v) => wanted.has(v.sku));
  const known = new Set(variants.map((v) => v.sku));
  const unknown = skus.filter((s) => !known.has(s));
  if (!variants.length) return { status: 'rejected', code: 'vendure.unknown-sku', reason: `no Vendure variant has SKU ${unknown.join(', ')}` };
  const changes = variants
    .map((v) => ({ v, stockOnHand: wanted.get(v.sku)! + v.stockAllocated }))
    .filter((c) => c.stockOnHand !== c.v.stockOnHand);
  const unchanged = variants.filter((v) => !changes.some((c) => c.v.id === v.id)).map((v) => v.sku);
  if (changes.length) await adminRequest(ctx, UPDATE, { input: changes.map((c) => ({ id: c.v.id, stockOnHand: c.stockOnHand })) });
  const data = { updated: changes.map((c) => c.v.sku), unchanged, unknown };
  return changes.length ? { status: 'applied', data } : { status: 'already-applied', data };
}
