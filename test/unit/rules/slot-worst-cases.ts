import {
  RuleError, SLOT_WORK_BUDGET, createRoutingEngine, createRuleEngine, evaluateForm, reviewOrder,
  type FormDefinition, type ReviewDefinition, type RoutingInput, type RuleEngine, type WorkMeter,
} from '../../../runtime/src/index.js';

/**
 * Worst-case data for every rule slot a host evaluates many times per operation: routing `where` per
 * location (× line for line rules), review `when` per rule, form `visibleIf` per line-items row. Each case
 * is ≤ 1 MB of input and uses rules that pass the limits. Shared by the unit test (work charged stays within
 * the slot budget) and the bench (wall time of the same cases).
 */
export interface SlotRun {
  outcome: string;
  evaluations: number;
  meters: number;
  charged: number;
}

/** A rule engine that records every evaluation's meter, to show they all draw on one budget. */
function counting(): { engine: RuleEngine; stats: () => { evaluations: number; meters: Set<WorkMeter> } } {
  const inner = createRuleEngine();
  const meters = new Set<WorkMeter>();
  let evaluations = 0;
  const compile: RuleEngine['compile'] = (rule) => {
    const f = inner.compile(rule);
    return Object.assign(
      (d: unknown, env?: Parameters<typeof f>[1]) => {
        evaluations++;
        if (env?.meter) meters.add(env.meter);
        return f(d, env);
      },
      { vars: f.vars },
    );
  };
  const engine: RuleEngine = { ...inner, compile, evaluate: (r, d, e) => compile(r)(d, e) };
  return { engine, stats: () => ({ evaluations, meters }) };
}

function finish(run: () => unknown, stats: () => { evaluations: number; meters: Set<WorkMeter> }): SlotRun {
  let outcome = 'finished';
  try {
    const r = run() as { decision?: string } | undefined;
    if (r && typeof r === 'object' && 'decision' in r) outcome = `finished:${r.decision}`;
  } catch (e) {
    if (!(e instanceof RuleError)) throw e;
    outcome = e.code;
  }
  const s = stats();
  const charged = [...s.meters].reduce((n, m) => n + (SLOT_WORK_BUDGET - m.remaining), 0);
  return { outcome, evaluations: s.evaluations, meters: s.meters.size, charged };
}

const scanLines = (path: string) => ({ '==': [{ reduce: [{ var: path }, { '+': [{ var: 'accumulator' }, { var: 'current.qty' }] }, 0] }, -1] });

/** Many locations × many lines; a line-scope rule with a `where` that scans every line, per location × line. */
export function routingWorstCase(): () => SlotRun {
  const { engine, stats } = counting();
  const routing = createRoutingEngine({ rules: engine });
  const lines = Array.from({ length: 2_000 }, (_, i) => ({ id: `L${i}`, sku: `S${i % 50}`, qty: 1 }));
  const locations = Array.from({ length: 1_000 }, (_, i) => ({ id: `W${i}`, type: 'warehouse', tags: ['a'] }));
  const input: RoutingInput = {
    order: { id: 'o', lines },
    locations,
    stock: [{ location: 'W0', sku: 'S0', onHand: 1, reserved: 0 }],
    definition: {
      kind: 'routing', key: 'r', title: { en: 'R' },
      candidates: { where: { '!': scanLines('order.lines') } },
      rules: [{ id: 'line', scope: 'line', when: { '>': [{ var: 'line.qty' }, 0] }, exclude: { where: scanLines('order.lines') } }],
    },
  };
  return () => finish(() => routing.route(input, { now: () => 0 }), stats);
}

/** Cheap rules, huge multiplicity: a 3-operator `where` per location × line. */
export function routingManyCheapEvaluations(): () => SlotRun {
  const { engine, stats } = counting();
  const routing = createRoutingEngine({ rules: engine });
  const lines = Array.from({ length: 3_000 }, (_, i) => ({ id: `L${i}`, sku: `S${i % 50}`, qty: 1 }));
  const locations = Array.from({ length: 2_000 }, (_, i) => ({ id: `W${i}`, type: 'warehouse' }));
  const input: RoutingInput = {
    order: { id: 'o', lines },
    locations,
    stock: [],
    definition: {
      kind: 'routing', key: 'r', title: { en: 'R' },
      rules: [{ id: 'line', scope: 'line', exclude: { where: { and: [{ '==': [{ var: 'line.sku' }, 'none'] }, { var: 'location.id' }] } } }],
    },
  };
  return () => finish(() => routing.route(input, { now: () => 0 }), stats);
}

/** Many review rules, each scanning every line. */
export function reviewWorstCase(): () => SlotRun {
  const { engine, stats } = counting();
  const lines = Array.from({ length: 5_000 }, (_, i) => ({ id: `L${i}`, sku: `S${i}`, qty: 1 }));
  const def: ReviewDefinition = {
    kind: 'review', key: 'rv', title: { en: 'R' },
    rules: Array.from({ length: 200 }, (_, i) => ({ id: `r${i}`, when: scanLines('lines'), action: 'flag' as const, message: { en: 'x' } })),
  };
  return () => finish(() => reviewOrder(def, { id: 'o', lines }, { rules: engine, now: 0 }), stats);
}

/** A line-items table of many rows whose cell visibleIf scans every row (rows × rows). */
export function formWorstCase(): () => SlotRun {
  const { engine, stats } = counting();
  const form = {
    kind: 'form', key: 'f', title: { en: 'F' },
    fields: [{
      key: 'items', type: 'line-items', label: { en: 'Items' },
      columns: [
        { key: 'sku', type: 'text', label: { en: 'SKU' } },
        { key: 'qty', type: 'number', label: { en: 'Qty' } },
        { key: 'note', type: 'text', label: { en: 'Note' }, visibleIf: scanLines('items') },
      ],
    }],
  } as unknown as FormDefinition;
  const items = Array.from({ length: 5_000 }, (_, i) => ({ sku: `S${i}`, qty: 1, note: 'n' }));
  return () => finish(() => evaluateForm(form, { items }, { rules: engine, now: 0 }), stats);
}

/** Each entry builds its input (not timed) and returns the operation to run once. */
export const SLOT_CASES: Array<[string, () => () => SlotRun]> = [
  ['routing where per location × line (scanning rules)', routingWorstCase],
  ['routing where per location × line (cheap rules, 6M pairs)', routingManyCheapEvaluations],
  ['review when × 200 rules', reviewWorstCase],
  ['form visibleIf per line-items row × 5,000 rows', formWorstCase],
];
