import type { RoutingDefinition, Weights } from './types.js';
import { FACTOR_KEYS } from './types.js';

/** Used when a definition gives no weights: nearness first, then cost and stock depth. */
export const DEFAULT_WEIGHTS: Weights = { distance: 0.4, cost: 0.2, stock: 0.2, priority: 0.1, load: 0.1 };

export interface ResolvedScoring {
  weights: Weights;
  maxKm: number;
  costMax: number;
  costDefault: number | null;
  stockCap: number;
  priorityMax: number;
}

/** Fills scoring defaults; given weights replace the defaults factor by factor (missing factors count 0). */
export function resolveScoring(def: RoutingDefinition): ResolvedScoring {
  const s = def.scoring ?? {};
  const table = s.cost?.table ?? [];
  let weights: Weights = { ...DEFAULT_WEIGHTS };
  if (s.weights) {
    weights = { distance: 0, cost: 0, stock: 0, priority: 0, load: 0 };
    for (const k of FACTOR_KEYS) weights[k] = s.weights[k] ?? 0;
  }
  // Without an explicit max, the dearest row (or the default) scores 0 and a free row scores 1.
  const dearest = Math.max(0, s.cost?.default ?? 0, ...table.map((r) => r.cost));
  return {
    weights,
    maxKm: s.distance?.maxKm ?? 1000,
    costMax: s.cost?.max ?? (dearest > 0 ? dearest : 1),
    costDefault: s.cost?.default ?? null,
    stockCap: s.stock?.cap ?? 5,
    priorityMax: s.priority?.max ?? 10,
  };
}
