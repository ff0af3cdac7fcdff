import type { CapabilityCall, PushOutcome } from '@oms/runtime';
import { admin } from './admin-api.js';
import type { Ctx } from './types.js';

export interface StockInput {
  levels: Array<{ sku: string; available: number }>;
}

interface Level {
  id: string;
  location_id: string;
  stocked_quantity: number;
  reserved_quantity: number;
}
interface InventoryItem {
  id: string;
  sku: string | null;
  location_levels: Level[];
}

/**
 * Sets what Medusa may sell to our `available`, at one stock location. Medusa sells stocked − reserved, and its
 * reserved units are placed orders we have pulled and reserved already (so `available` excludes them):
 * stocked_quantity is set to available + reserved_quantity, which keeps them from being subtracted twice.
 * The location: `stockLocationId` from the config, else the item's only level; an item with several levels
 * and no configured location is reported in `ambiguous`, not guessed.
 */
export async function pushStock(call: CapabilityCall<StockInput>, ctx: Ctx): Promise<PushOutcome> {
  const wanted = new Map<string, number>();
  for (const l of call.input.levels) wanted.set(l.sku, Math.max(0, Math.trunc(l.available)));
  if (!wanted.size) return { status: 'already-applied', data: { updated: [], unchanged: [], unknown: [], ambiguous: [] } };
  const skus = [...wanted.keys()];
  const query: Record<string, string | number> = { fields: 'id,sku,*location_levels', limit: skus.length * 2 };
  skus.forEach((s, i) => (query[`sku[${i}]`] = s));
  const found = await admin<{ inventory_items: InventoryItem[] }>(ctx, 'GET', '/admin/inventory-items', { query });
  const items = found.inventory_items.filter((i) => i.sku && wanted.has(i.sku));
  const known = new Set(items.map((i) => i.sku));
  const unknown = skus.filter((s) => !known.has(s));
  if (!items.length) return { status: 'rejected', code: 'medusa.unknown-sku', reason: `no Medusa inventory item has SKU ${unknown.join(', ')}` };
  const loc = ctx.config.stockLocationId;
  const updated: string[] = [];
  const unchanged: string[] = [];
  const ambiguous: string[] = [];
  for (const item of items) {
    const sku = item.sku!;
    const levels = item.location_levels ?? [];
    const level = loc ? levels.find((l) => l.location_id === loc) : levels.length === 1 ? levels[0] : undefined;
    if (!level && !loc) {
      ambiguous.push(sku);
      continue;
    }
    const stocked = wanted.get(sku)! + (level?.reserved_quantity ?? 0);
    if (level && level.stocked_quantity === stocked) {
      unchanged.push(sku);
      continue;
    }
    const base = `/admin/inventory-items/${encodeURIComponent(item.id)}/location-levels`;
    if (level) await admin(ctx, 'POST', `${base}/${encodeURIComponent(level.location_id)}`, { body: { stocked_quantity: stocked } });
    else await admin(ctx, 'POST', base, { body: { location_id: loc, stocked_quantity: stocked } });
    updated.push(sku);
  }
  const data = { updated, unchanged, unknown, ambiguous };
  if (!updated.length && !unchanged.length) return { status: 'rejected', code: 'medusa.no-stock-location', reason: `set stockLocationId: ${ambiguous.join(', ')} have several or no stock locations` };
  return updated.length ? { status: 'applied', data } : { status: 'already-applied', data };
}
