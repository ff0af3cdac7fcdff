import type { OrderLine } from '../order/canonical-order.js';
import { availableAt, type Availability } from './stock.js';
import type { RoutingTrace } from './types.js';

export interface PlanInput {
  lines: OrderLine[];
  /** Scored locations, best first. */
  ranked: string[];
  /** Per line index: locations allowed to ship it (rules), regardless of stock. */
  allowed: Array<Set<string>>;
  avail: Availability;
  shipComplete: boolean;
  maxShipments: number;
  perLineFallback: boolean;
}

export interface Plan {
  strategy: RoutingTrace['strategy'];
  /** Location → line indexes, in the order locations were chosen. */
  picks: Array<{ location: string; lines: number[] }>;
  unplaced: number[];
}

/**
 * Which of `todo` lines can ship from `loc`, taking stock line by line (two lines of one SKU share it).
 * `used` holds units of this location already promised, by SKU.
 */
function takeable(p: PlanInput, loc: string, todo: number[], used = new Map<string, number>()): number[] {
  const out: number[] = [];
  for (const li of todo) {
    const line = p.lines[li];
    if (!p.allowed[li].has(loc)) continue;
    const taken = used.get(line.sku) ?? 0;
    if (availableAt(p.avail, loc, line.sku) - taken >= line.qty) {
      used.set(line.sku, taken + line.qty);
      out.push(li);
    }
  }
  return out;
}

/** Greedy set cover: each step takes the location that ships most remaining lines (ties: better rank). */
function fewest(p: PlanInput, todo: number[]): Plan['picks'] {
  const picks: Plan['picks'] = [];
  const used = new Set<string>();
  let left = todo;
  while (left.length && picks.length < p.maxShipments) {
    let best: { location: string; lines: number[] } | undefined;
    for (const loc of p.ranked) {
      if (used.has(loc)) continue;
      const got = takeable(p, loc, left);
      if (got.length > (best?.lines.length ?? 0)) best = { location: loc, lines: got };
      if (got.length === left.length) break;
    }
    if (!best) break;
    picks.push(best);
    used.add(best.location);
    left = left.filter((li) => !best.lines.includes(li));
  }
  return picks;
}

/** Each line from its own best-ranked location, sharing stock between lines sent to the same place. */
function bestPerLine(p: PlanInput, todo: number[]): Plan['picks'] | undefined {
  const byLoc = new Map<string, number[]>();
  const used = new Map<string, Map<string, number>>();
  for (const li of todo) {
    const usedAt = (l: string) => used.get(l) ?? used.set(l, new Map()).get(l)!;
    // takeable() records the units it promises in the location's `used` map.
    const loc = p.ranked.find((l) => takeable(p, l, [li], usedAt(l)).length === 1);
    if (loc === undefined) return undefined;
    byLoc.set(loc, [...(byLoc.get(loc) ?? []), li]);
  }
  if (byLoc.size > p.maxShipments) return undefined;
  return [...byLoc].map(([location, lines]) => ({ location, lines }));
}

/**
 * Split policy: ship complete from the best single location; otherwise (or with shipComplete off, each
 * line from its best location) the fewest shipments up to maxShipments; otherwise, with perLineFallback,
 * ship what that plan could place and leave the rest unfilled; otherwise place nothing.
 */
export function plan(p: PlanInput): Plan {
  const all = p.lines.map((_, i) => i);
  if (p.shipComplete) {
    const loc = p.ranked.find((l) => takeable(p, l, all).length === all.length);
    if (loc !== undefined) return { strategy: 'ship-complete', picks: [{ location: loc, lines: all }], unplaced: [] };
  } else {
    const picks = bestPerLine(p, all);
    if (picks) return { strategy: 'best-per-line', picks, unplaced: [] };
  }
  const picks = fewest(p, all);
  const placed = new Set(picks.flatMap((x) => x.lines));
  const unplaced = all.filter((i) => !placed.has(i));
  if (!unplaced.length) return { strategy: 'fewest-shipments', picks, unplaced };
  if (p.perLineFallback && picks.length) return { strategy: 'partial', picks, unplaced };
  return { strategy: 'none', picks: [], unplaced: all };
}
