import { createHash } from 'node:crypto';
import type { CapabilityCall, PushOutcome } from '@oms/runtime';
import { adminRequest, type UserError } from './admin-api.js';
import { failure } from '@oms-plugin/kit';
import type { Ctx } from './types.js';

export interface StockInput {
  levels: Array<{ sku: string; available: number }>;
}

interface Variant {
  sku: string | null;
  inventoryItem: { id: string; tracked: boolean; inventoryLevel: { quantities: Array<{ name: string; quantity: number }> } | null };
}

export const STOCK_TARGETS = `query StockTargets($first: Int!, $query: String!, $locationId: ID!) {
  productVariants(first: $first, query: $query) {
    nodes { sku inventoryItem { id tracked inventoryLevel(locationId: $locationId) { quantities(names: ["available"]) { name quantity } } } }
  }
}`;

// 2026-01: the idempotency key is a directive and changeFromQuantity (compare-and-set) is required.
export const SET_QUANTITIES = `mutation SetStock($input: InventorySetQuantitiesInput!, $idempotencyKey: String!) {
  inventorySetQuantities(input: $input) @idempotent(key: $idempotencyKey) {
    inventoryAdjustmentGroup { id changes { name delta quantityAfterChange } }
    userErrors { field message code }
  }
}`;

const CHUNK = 50;

/** Shopify keys are short strings: long host keys are hashed (stable, so retries keep the key). */
export function shopifyKey(key: string): string {
  return key.length <= 64 && /^[A-Za-z0-9:_.-]+$/.test(key) ? key : createHash('sha256').update(key).digest('hex').slice(0, 64);
}

const quote = (sku: string) => `sku:'${sku.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

async function readLevels(ctx: Ctx, skus: string[], locationId: string): Promise<Map<string, Variant>> {
  const r = await adminRequest<{ productVariants: { nodes: Variant[] } }>(ctx, STOCK_TARGETS, { first: skus.length * 2, query: skus.map(quote).join(' OR '), locationId });
  const out = new Map<string, Variant>();
  for (const v of r.productVariants.nodes) if (v.sku && skus.includes(v.sku) && !out.has(v.sku)) out.set(v.sku, v);
  return out;
}

const availableOf = (v: Variant) => v.inventoryItem.inventoryLevel?.quantities.find((q) => q.name === 'available')?.quantity ?? 0;

/**
 * `inventorySetQuantities` on the configured location, 50 SKUs per call, each call under an idempotency key
 * derived from the host's. `changeFromQuantity` is the quantity just read: a concurrent change in the shop makes
 * Shopify refuse (stale) and the chunk is re-read and retried once under a new key, then it is a conflict.
 * SKUs already at the level are not sent; SKUs unknown or not stocked there are reported in `data`.
 */
export async function pushStock(call: CapabilityCall<StockInput>, ctx: Ctx): Promise<PushOutcome> {
  const locationId = ctx.config.locationId;
  if (!locationId) return { status: 'rejected', code: 'shopify.location-missing', reason: 'set the installation config locationId (gid://shopify/Location/…)' };
  const levels = new Map(call.input.levels.map((l) => [l.sku, Math.max(0, l.available)]));
  const skus = [...levels.keys()];
  const report = { changed: [] as string[], unchanged: [] as string[], unknownSkus: [] as string[], notStocked: [] as string[], groups: [] as string[] };
  for (let i = 0; i < skus.length; i += CHUNK) {
    const chunk = skus.slice(i, i + CHUNK);
    for (let attempt = 0; ; attempt++) {
      const found = await readLevels(ctx, chunk, locationId);
      const quantities = [];
      const sent: string[] = [];
      for (const sku of chunk) {
        const v = found.get(sku);
        if (!v) { if (attempt === 0) report.unknownSkus.push(sku); continue; }
        if (!v.inventoryItem.inventoryLevel || !v.inventoryItem.tracked) { if (attempt === 0) report.notStocked.push(sku); continue; }
        const now = availableOf(v);
        if (now === levels.get(sku)) { if (attempt === 0) report.unchanged.push(sku); continue; }
        quantities.push({ inventoryItemId: v.inventoryItem.id, locationId, quantity: levels.get(sku), changeFromQuantity: now });
        sent.push(sku);
      }
      if (!quantities.length) break;
      const key = shopifyKey(`${call.idempotencyKey}:${i / CHUNK}${attempt ? `:r${attempt}` : ''}`);
      const r = await adminRequest<{ inventorySetQuantities: { inventoryAdjustmentGroup: { id: string } | null; userErrors: UserError[] } }>(ctx, SET_QUANTITIES, {
        input: { name: 'available', reason: 'correction', referenceDocumentUri: `oms://stock-sync/${key}`, quantities },
        idempotencyKey: key,
      });
      const errs = r.inventorySetQuantities.userErrors;
      if (errs.some((e) => e.code === 'CHANGE_FROM_QUANTITY_STALE')) {
        if (attempt >= 1) throw failure('conflict', 'Shopify stock changed while we set it (changeFromQuantity stale twice)');
        continue;
      }
      if (errs.length) return { status: 'rejected', code: 'shopify.stock-refused', reason: errs.map((e) => `${e.code ?? ''} ${e.message}`.trim()).join('; ') };
      report.changed.push(...sent);
      if (r.inventorySetQuantities.inventoryAdjustmentGroup) report.groups.push(r.inventorySetQuantities.inventoryAdjustmentGroup.id);
      break;
    }
  }
  if (!report.changed.length && !report.unchanged.length) {
    return { status: 'rejected', code: 'shopify.unknown-sku', reason: `no stocked Shopify variant for ${[...report.unknownSkus, ...report.notStocked].join(', ')}` };
  }
  const { groups, ...data } = report;
  return { status: report.changed.length ? 'applied' : 'already-applied', externalId: groups[0], data };
}
