import jsonLogic from 'json-logic-js';
import { createRuleEngine } from '../../runtime/src/rules/index.js';
import { randomOrdersForProbe, templateData } from './rules-bench.js';
import { addOmsOperatorsToJsonLogic, templateRules } from './template-rules.js';

/**
 * A probe, not a bench row: what bounds the template row. On the row's data (2,000 template orders) and with
 * its interleaving, three sides take turns: our engine, json-logic-js, and hand-written JavaScript reading the
 * same fields (one literal per rule, so every property read is monomorphic) — the floor any rule engine could
 * reach on this data. Each side's slice follows a json-logic-js slice, as ours does in the bench. Figures are
 * process CPU ns per evaluation, medians of 7 rounds, at 25 orders (the data stays in cache) and at 2,000.
 * Run: npx tsx --conditions=oms-source test/bench/rules-template-floor.ts
 */
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- hand-written reads of JSON data
const now = Date.UTC(2025, 2, 10, 12);
const dates = new Map<string, number>();
const at = (s: string): number => {
  let t = dates.get(s);
  if (t === undefined) dates.set(s, (t = Date.parse(`${s}T00:00:00Z`)));
  return t;
};
/** The template rules, in templateRules() order, as plain JavaScript (checked against json-logic-js below). */
const FLOOR: Array<(d: Data) => unknown> = [
  (d) => d.order.totals.total > 5000,
  (d) => d.order.totals.total,
  (d) => d.order.lines.some((l: Data) => l.sku === d.event.sku),
  (d) => !d.sameBilling,
  (d) => d.row.qty * d.row.unitPrice,
  (d) => d.shippingMethod == 'freight',
  (d) => d.lines.reduce((s: number, l: Data) => s + l.qty * l.unitPrice, 0),
  (d) => d.shippingMethod != 'express' || d.total <= 50000,
  (d) => !d.requestedDate || (at(d.requestedDate) - now) / 86_400_000 > 0,
  (d) => d.customer.tags.includes('blacklisted') || d.facts.blacklisted == true,
  (d) => !(d.shipTo.line1 && d.shipTo.city && d.shipTo.country),
  (d) => d.customer.creditLimit != null && (d.totals.total ?? 0) + (d.facts.openBalance ?? 0) > d.customer.creditLimit,
  (d) => (d.facts.duplicateCount ?? 0) > 0,
  (d) => d.line.tags.indexOf('cold-chain') !== -1,
  (d) => d.order.attributes.shippingMethod == 'express',
  (d) => d.distanceKm <= 30,
];

type Fns = Array<(d: Data) => unknown>;
type Pass = (fns: Fns, data: Data[], ms: number) => number;
// One literal per side (identical text): a shared loop's call site would be polymorphic over the sides.
const passOurs: Pass = (fns, data, ms) => {
  let s = 0;
  let n = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  do {
    for (const o of data) for (const f of fns) if (f(o)) s++;
    n += data.length * fns.length;
  } while (performance.now() - t0 < ms);
  const c = process.cpuUsage(c0);
  return s < 0 ? 0 : ((c.user + c.system) * 1000) / n;
};
const passBase: Pass = (fns, data, ms) => {
  let s = 0;
  let n = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  do {
    for (const o of data) for (const f of fns) if (f(o)) s++;
    n += data.length * fns.length;
  } while (performance.now() - t0 < ms);
  const c = process.cpuUsage(c0);
  return s < 0 ? 0 : ((c.user + c.system) * 1000) / n;
};
const passFloor: Pass = (fns, data, ms) => {
  let s = 0;
  let n = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  do {
    for (const o of data) for (const f of fns) if (f(o)) s++;
    n += data.length * fns.length;
  } while (performance.now() - t0 < ms);
  const c = process.cpuUsage(c0);
  return s < 0 ? 0 : ((c.user + c.system) * 1000) / n;
};

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];

addOmsOperatorsToJsonLogic(now);
const rules = templateRules();
if (rules.length !== FLOOR.length) throw new Error(`the templates now hold ${rules.length} rules: update FLOOR`);
const engine = createRuleEngine();
const env = { now };
const ours: Fns = rules.map((r) => {
  const f = engine.compile(r);
  return (d) => f(d, env);
});
const base: Fns = rules.map((r) => (d) => jsonLogic.apply(r as jsonLogic.RulesLogic, d));
const orders = templateData(randomOrdersForProbe(10_000)).slice(0, 2000) as Data[];
for (const d of orders) {
  FLOOR.forEach((f, i) => {
    const a = f(d);
    const b = base[i](d);
    const same = typeof a === 'number' ? Math.abs(a - (b as number)) < 1e-9 : !!a === !!b;
    if (!same) throw new Error(`floor of rule ${i} differs from json-logic-js: ${String(a)} vs ${String(b)}`);
  });
}
for (const n of [25, 2000]) {
  const data = orders.slice(0, n);
  for (let i = 0; i < 3; i++) (passOurs(ours, data, 50), passBase(base, data, 50), passFloor(FLOOR, data, 50));
  const o: number[] = [];
  const b: number[] = [];
  const f: number[] = [];
  for (let r = 0; r < 7; r++) {
    let so = 0;
    let sb = 0;
    let sf = 0;
    for (let k = 0; k < 10; k++) {
      so += passOurs(ours, data, 10);
      sb += passBase(base, data, 10);
      sf += passFloor(FLOOR, data, 10);
      sb += passBase(base, data, 10);
    }
    o.push(so / 10);
    b.push(sb / 20);
    f.push(sf / 10);
  }
  const [mo, mb, mf] = [median(o), median(b), median(f)];
  console.log(
    `${n} orders, CPU ns/eval: ours ${mo.toFixed(1)}, json-logic-js ${mb.toFixed(1)}, hand-written ${mf.toFixed(1)}; ` +
      `json-logic-js/ours ${(mb / mo).toFixed(1)}x, json-logic-js/hand-written ${(mb / mf).toFixed(1)}x`,
  );
}
