import type { CanonicalOrder } from '../order/canonical-order.js';
import type { RuleOutcome } from './apply-rules.js';
import type { CompiledRouting } from './compile.js';
import type { LocState } from './select.js';
import type { Plan } from './split.js';
import { availableAt, type Availability } from './stock.js';
import type { FactorTrace, LineTrace, LocationTrace, RoutingResult, RoutingStatus, Shipment, ShipmentLine } from './types.js';

export interface ResultInput {
  c: CompiledRouting;
  order: CanonicalOrder;
  states: LocState[];
  scored: Array<{ st: LocState; score: number; factors: FactorTrace[] }>;
  ranked: string[];
  lineTraces: LineTrace[];
  rules: RuleOutcome;
  plan: Plan;
  now: number;
  avail: Availability;
}

/** Turn the plan into shipments, apply the unfillable policy, and assemble the trace. */
export function buildResult(r: ResultInput): RoutingResult {
  const lines = r.order.lines;
  const toLine = (li: number): ShipmentLine => ({ lineId: lines[li].id, sku: lines[li].sku, qty: lines[li].qty });
  const proposed: Shipment[] = r.plan.picks.map((p) => ({ location: p.location, lines: [...p.lines].sort((a, b) => a - b).map(toLine) }));
  const unfilled = r.plan.unplaced.map(toLine);

  let status: RoutingStatus = 'routed';
  let shipments = proposed;
  if (unfilled.length) {
    if (r.c.unfillable === 'hold') status = 'hold';
    else if (r.c.unfillable === 'reject') status = 'rejected';
    else status = proposed.length ? 'partial' : 'backorder';
    // Held or rejected orders allocate nothing; the trace keeps the proposal for the operator.
    if (status !== 'partial' && status !== 'backorder') shipments = [];
  }

  const selected = new Set(proposed.map((s) => s.location));
  const rankOf = new Map<string, number>();
  for (let i = 0; i < r.scored.length; i++) rankOf.set(r.scored[i].st.loc.id, i);
  const locations: LocationTrace[] = r.states.map((st) => {
    const id = st.loc.id;
    if (st.excluded) return { location: id, excluded: st.excluded };
    const i = rankOf.get(id)!;
    const s = r.scored[i];
    const t: LocationTrace = { location: id, score: s.score, factors: s.factors, rank: i + 1, selected: selected.has(id) };
    if (st.boost) {
      t.boost = st.boost;
      t.preferredBy = st.preferredBy;
    }
    return t;
  });
  r.lineTraces.forEach((lt, li) => {
    const out = new Set(lt.excluded.map((e) => e.location));
    lt.eligible = r.ranked.filter((id) => !out.has(id) && availableAt(r.avail, id, lines[li].sku) >= lines[li].qty);
  });

  return {
    status,
    shipments,
    unfilled,
    trace: {
      now: r.now,
      weights: r.rules.weights,
      rulesFired: r.rules.fired,
      locations,
      lines: r.lineTraces,
      strategy: r.plan.strategy,
      proposed,
    },
  };
}
