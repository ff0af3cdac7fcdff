import type { Clock } from '../core/ports.js';
import type { RuleEngine, RuleEnv } from '../rules/types.js';
import { slotMeter } from '../rules/limits.js';
import { applyRules } from './apply-rules.js';
import { compileRouting, type CompiledRouting } from './compile.js';
import { haversineKm } from './geo.js';
import { scoreLocation } from './score.js';
import { candidateReason, type LocState } from './select.js';
import { plan } from './split.js';
import { availability, availableAt } from './stock.js';
import { buildResult } from './result.js';
import type { LineTrace, ReasonRef, RoutingDefinition, RoutingInput, RoutingResult } from './types.js';

export interface RoutingEngine {
  /** Decide where each line ships from. Pure: same input and clock → same result. Throws for a definition whose rules do not compile. */
  route(input: RoutingInput, clock: Clock): RoutingResult;
  /** Compiled form of a definition (cached per definition object). */
  compile(def: RoutingDefinition): CompiledRouting;
}

export interface RoutingEngineDeps {
  rules: RuleEngine;
  /** Work units one decision may spend over all its rule evaluations (default SLOT_WORK_BUDGET). */
  workBudget?: number;
}

export function createRoutingEngine(deps: RoutingEngineDeps): RoutingEngine {
  const cache = new WeakMap<RoutingDefinition, CompiledRouting>();
  const compile = (def: RoutingDefinition) => {
    let c = cache.get(def);
    if (!c) cache.set(def, (c = compileRouting(deps.rules, def)));
    return c;
  };
  return { compile, route: (input, clock) => route(compile(input.definition), input, clock, deps.workBudget) };
}

function route(c: CompiledRouting, input: RoutingInput, clock: Clock, workBudget?: number): RoutingResult {
  const { order, locations, definition } = input;
  const now = clock.now();
  // One meter per decision: `where` runs per location (× line), so the evaluation count is bounded too.
  const env: RuleEnv = { now, timeZone: clock.timeZone, meter: slotMeter(workBudget) };
  const lines = order.lines;
  const to = order.shipTo;
  const hasTo = typeof to?.lat === 'number' && typeof to?.lon === 'number';
  const avail = availability(definition, input.stock, new Set(lines.map((l) => l.sku)));

  const states: LocState[] = locations.map((loc) => {
    const km = hasTo && typeof loc.lat === 'number' && typeof loc.lon === 'number' ? haversineKm(to!.lat!, to!.lon!, loc.lat, loc.lon) : null;
    return { loc, km, data: { location: loc, order, distanceKm: km }, boost: 0, preferredBy: [] };
  });
  for (const st of states) st.excluded = candidateReason(c.candidates, st, env);
  const rules = applyRules(c, order, states, env);

  // Which lines each surviving location may ship (rules) and can ship in full (stock).
  const lineTraces: LineTrace[] = lines.map((l) => ({ lineId: l.id, sku: l.sku, qty: l.qty, excluded: [], eligible: [] }));
  const allowed = lines.map(() => new Set<string>());
  const depth = new Map<string, number>();
  const totalQty = lines.reduce((n, l) => n + l.qty, 0);
  for (const st of states) {
    if (st.excluded) continue;
    const id = st.loc.id;
    let units = 0;
    let fillable = 0;
    lines.forEach((line, li) => {
      const why = rules.lineExcluded[li].get(id);
      if (why) return void lineTraces[li].excluded.push(atLocation(id, why));
      allowed[li].add(id);
      const available = availableAt(avail, id, line.sku);
      units += available;
      if (available >= line.qty) fillable++;
      else lineTraces[li].excluded.push({ location: id, code: 'routing.line.insufficient-stock', params: { available, qty: line.qty } });
    });
    if (lines.length && !fillable) st.excluded = { code: 'routing.excluded.no-stock' };
    else depth.set(id, totalQty > 0 ? units / totalQty : 0);
  }

  const scored = states
    .filter((st) => !st.excluded)
    .map((st) => {
      const s = scoreLocation(c, rules.weights, { loc: st.loc, km: st.km, depth: depth.get(st.loc.id)!, shipTo: to });
      return { st, score: s.score, factors: s.factors };
    });
  for (const s of scored) s.score = Math.round((s.score + s.st.boost) * 1e9) / 1e9;
  scored.sort((a, b) => b.score - a.score || (a.st.loc.id < b.st.loc.id ? -1 : a.st.loc.id > b.st.loc.id ? 1 : 0));
  const ranked = scored.map((s) => s.st.loc.id);

  const p = lines.length
    ? plan({ lines, ranked, allowed, avail, shipComplete: c.shipComplete, maxShipments: c.maxShipments, perLineFallback: c.perLineFallback })
    : { strategy: 'ship-complete' as const, picks: [], unplaced: [] };
  return buildResult({ c, order, states, scored, ranked, lineTraces, rules, plan: p, now, avail });
}

/**
 * `{ location, ...why }` written out: V8 (Node 20) takes its slow runtime path for a spread next to other
 * properties (microseconds per object), and this runs per location × line. Same keys, same order.
 */
function atLocation(location: string, why: ReasonRef): { location: string } & ReasonRef {
  return 'params' in why ? { location, code: why.code, params: why.params } : { location, code: why.code };
}
