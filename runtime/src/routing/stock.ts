import type { RoutingDefinition, StockLevel } from './types.js';

/** Available units by location, then SKU; a missing entry means nothing available. */
export type Availability = Map<string, Map<string, number>>;

export const availableAt = (a: Availability, location: string, sku: string): number => a.get(location)?.get(sku) ?? 0;

/**
 * Safety stock for one row. The definition's overrides are policy and win (location+SKU, then SKU, then
 * location); otherwise the inventory's own figure; otherwise the definition default.
 */
export function safetyFor(def: RoutingDefinition, row: StockLevel): number {
  const overrides = def.safetyStock?.overrides;
  if (overrides?.length) {
    let bySku: number | undefined;
    let byLocation: number | undefined;
    for (const o of overrides) {
      const loc = o.location === undefined ? undefined : o.location === row.location;
      const sku = o.sku === undefined ? undefined : o.sku === row.sku;
      if (loc === false || sku === false) continue;
      if (loc && sku) return o.qty;
      if (sku) bySku ??= o.qty;
      else if (loc) byLocation ??= o.qty;
    }
    if (bySku !== undefined) return bySku;
    if (byLocation !== undefined) return byLocation;
  }
  return row.safetyStock ?? def.safetyStock?.default ?? 0;
}

/** available = onHand − reserved − safety, never below 0; only SKUs the order asks for are indexed. */
export function availability(def: RoutingDefinition, stock: StockLevel[], skus: Set<string>): Availability {
  const out: Availability = new Map();
  for (const row of stock) {
    if (!skus.has(row.sku)) continue;
    let bySku = out.get(row.location);
    if (!bySku) out.set(row.location, (bySku = new Map()));
    const units = Math.max(0, row.onHand - row.reserved - safetyFor(def, row));
    bySku.set(row.sku, (bySku.get(row.sku) ?? 0) + units);
  }
  return out;
}
