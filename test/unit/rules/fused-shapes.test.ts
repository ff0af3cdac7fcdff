import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { RuleError, createRuleEngine } from '../../../runtime/src/rules/index.js';

/**
 * Shapes the compiler fuses or specialises (`in` over a `map` of a field, `substr` with constant numbers,
 * three-segment `var` paths) must answer exactly as json-logic-js and as the unfused closures do. Trace mode
 * never fuses, so `trace(...).value` is the unfused answer and its budget the unfused charges.
 */
const data = [
  { event: { sku: 'B' }, order: { lines: [{ sku: 'A' }, { sku: 'B' }], totals: { total: 12 } }, postcode: '80331' },
  { event: { sku: 'Z' }, order: { lines: [{ sku: 'A' }, { sku: 'B' }], totals: { total: null } }, postcode: 80331 },
  { event: { sku: null }, order: { lines: [{ sku: 'A' }, { qty: 1 }] }, postcode: null },
  { event: {}, order: { lines: [{ sku: 1 }, { sku: '1' }], totals: 'x' } },
  { event: { sku: 1 }, order: { lines: 'AB' } },
  { event: { sku: 'A' }, order: { lines: [null, { sku: { a: 1 } }, { sku: 'A' }] } },
  { event: { sku: 'x'.repeat(80) }, order: { lines: [{ sku: 'x'.repeat(80) }] } },
  { order: { lines: [{ sku: { deep: 'A' } }] }, postcode: ['8', '0'] },
  {},
];

const rules: unknown[] = [
  { in: [{ var: 'event.sku' }, { map: [{ var: 'order.lines' }, { var: 'sku' }] }] },
  { in: [{ var: 'event.sku' }, { map: [{ var: 'order.lines' }, { var: ['sku', 'A'] }] }] },
  { in: ['A', { map: [{ var: 'order.lines' }, { var: 'sku.deep' }] }] },
  { in: [null, { map: [{ var: 'order.lines' }, { var: 'sku' }] }] },
  { substr: [{ var: 'postcode' }, 0, 1] },
  { substr: [{ var: 'postcode' }, 1, 0] },
  { substr: [{ var: 'postcode' }, -2, 5] },
  { '==': [{ substr: [{ var: 'postcode' }, 0, 1] }, '8'] },
  { var: 'order.totals.total' },
  { var: ['order.totals.total', 7] },
  { '>': [{ var: 'order.totals.total' }, 5] },
];

describe('fused and specialised shapes', () => {
  const engine = createRuleEngine();
  for (const rule of rules) {
    it(`${JSON.stringify(rule)} answers as json-logic-js and the unfused closures`, () => {
      for (const d of data) {
        const ours = engine.evaluate(rule, d);
        expect(ours).toEqual(jsonLogic.apply(rule as jsonLogic.RulesLogic, d));
        expect(ours).toEqual(engine.trace(rule, d).value);
      }
    });
  }

  it('`in` over a mapped field charges what map + in charge: aborts at the same budget as the unfused rule', () => {
    const rule = { in: ['none', { map: [{ var: 'lines' }, { var: 'sku' }] }] };
    for (const n of [0, 1, 15, 16, 32, 100]) {
      const d = { lines: Array.from({ length: n }, (_, i) => ({ sku: `S${i}` })) };
      // map: 1 unit per item; in: 1 per 16 items once the list is over 15.
      const units = n + (n > 15 ? n >>> 4 : 0);
      for (const budget of [units - 1, units]) {
        if (budget < 1) continue;
        const e = createRuleEngine({ limits: { iterationBudget: budget } });
        const outcome = (f: () => unknown) => {
          try {
            return f();
          } catch (err) {
            return err instanceof RuleError ? err.code : err;
          }
        };
        const fused = outcome(() => e.evaluate(rule, d));
        const unfused = outcome(() => e.trace(rule, d).value);
        expect(fused).toEqual(unfused);
        expect(fused).toEqual(budget < units ? 'rule.iteration-budget' : false);
      }
    }
  });

  it('a shared meter is drawn by the same amount fused or not', () => {
    const rule = { in: ['S3', { map: [{ var: 'lines' }, { var: 'sku' }] }] };
    const d = { lines: Array.from({ length: 40 }, (_, i) => ({ sku: `S${i}` })) };
    const meter = { remaining: 10_000 };
    expect(engine.evaluate(rule, d, { meter })).toBe(true);
    // 40 map iterations + 2 scan units + the rule's size (1 + 4 operators).
    expect(10_000 - meter.remaining).toBe(40 + 2 + 5);
  });

  it('forbidden segments inside the mapped field are still refused at compile time', () => {
    expect(() => engine.compile({ in: ['x', { map: [{ var: 'lines' }, { var: 'constructor.name' }] }] })).toThrow(RuleError);
    expect(() => engine.compile({ var: 'a.__proto__.b' })).toThrow(RuleError);
  });
});
