import type { Address } from '../order/canonical-order.js';
import type { CompiledRouting } from './compile.js';
import type { CostEntry, FactorTrace, Location, Weights } from './types.js';
import { FACTOR_KEYS } from './types.js';

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);
// Scores are rounded so that equal scores reached by different float paths tie (and fall to the id).
const round9 = (x: number) => Math.round(x * 1e9) / 1e9;

/** First cost-table row that matches the location and the ship-to address. */
export function costFor(table: CostEntry[], loc: Location, to: Address | undefined): number | undefined {
  for (const row of table) {
    if (row.location !== undefined && row.location !== loc.id) continue;
    if (row.locationType !== undefined && row.locationType !== loc.type) continue;
    if (row.locationRegion !== undefined && row.locationRegion !== loc.region) continue;
    if (row.toCountry !== undefined && row.toCountry !== to?.country) continue;
    if (row.toRegion !== undefined && row.toRegion !== to?.region) continue;
    return row.cost;
  }
  return undefined;
}

export interface ScoreInput {
  loc: Location;
  km: number | null;
  /** Available units for the order's lines at this location ÷ units ordered. */
  depth: number;
  shipTo: Address | undefined;
}

/** Weighted score: Σ weight × normalised factor (each normalised to [0, 1], 1 = best). */
export function scoreLocation(c: CompiledRouting, weights: Weights, s: ScoreInput): { score: number; factors: FactorTrace[] } {
  const sc = c.scoring;
  const cost = costFor(c.costTable, s.loc, s.shipTo) ?? sc.costDefault;
  const cap = s.loc.capacity;
  const load = cap ? (cap.maxOpenOrders > 0 ? cap.openOrders / cap.maxOpenOrders : 1) : null;
  const priority = s.loc.priority ?? 0;
  const raws: Array<number | null> = [s.km, cost, s.depth, priority, load];
  const norms = [
    s.km === null ? 0 : clamp01(1 - s.km / sc.maxKm),
    cost === null ? 0 : clamp01(1 - cost / sc.costMax),
    clamp01(s.depth / sc.stockCap),
    clamp01(priority / sc.priorityMax),
    // No capacity figures: treated as idle.
    load === null ? 1 : clamp01(1 - load),
  ];
  let score = 0;
  const factors: FactorTrace[] = [];
  for (let i = 0; i < FACTOR_KEYS.length; i++) {
    const factor = FACTOR_KEYS[i];
    const weight = weights[factor];
    const contribution = weight * norms[i];
    score += contribution;
    factors.push({ factor, raw: raws[i], normalized: round9(norms[i]), weight, contribution: round9(contribution) });
  }
  return { score: round9(score), factors };
}
