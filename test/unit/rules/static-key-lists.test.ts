import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { createRuleEngine } from '../../../runtime/src/rules/index.js';

/**
 * `missing` / `missing_some` with constant key lists read pre-split paths. Their answers are json-logic-js's,
 * and a long list is charged per evaluation (half a unit per key from 8 keys on): a 16 KB rule holds ~3,000
 * keys, and a loop charging only its body's one operator per item would otherwise run 3,000 reads a unit.
 */
const engine = createRuleEngine();
const data = [
  {},
  { a: 1, b: '', c: null, d: { e: 0 } },
  { a: '', d: { e: '' }, 0: 'zero' },
  { a: [1], b: [], c: 'x', d: null },
  [1, '', null],
  'text',
  null,
];
const rules: unknown[] = [
  { missing: ['a', 'b', 'c', 'd.e'] },
  { missing: [['a', 'b'], 'c'] },
  { missing: [['a', 'dflt'], ['b', null], ['x', '']] },
  { missing: ['0', '1', '2'] },
  { missing: 'a' },
  { missing: [] },
  { missing_some: [1, ['a', 'b', 'c']] },
  { missing_some: [2, ['a', 'b', 'd.e']] },
  { missing_some: [0, []] },
  { missing_some: [1, [['a', 'b'], 'c']] },
  { missing_some: ['2', ['a', 'c', 'x']] },
  { missing_some: [{ var: 'a' }, ['a', 'b', 'c']] },
  { missing_some: [1, ['a', 'b'], 'extra'] },
];

describe('constant key lists', () => {
  for (const rule of rules) {
    it(`${JSON.stringify(rule)} answers as json-logic-js and the traced closures`, () => {
      for (const d of data) {
        const ours = engine.evaluate(rule, d);
        expect(ours).toEqual(jsonLogic.apply(rule as jsonLogic.RulesLogic, d));
        expect(ours).toEqual(engine.trace(rule, d).value);
      }
    });
  }

  it('a key handed back is a copy: mutating a result cannot change the rule', () => {
    const rule = { missing: [[['a', null]]] };
    const out = engine.evaluate(rule, {}) as unknown[][];
    out[0].push('changed');
    expect(engine.evaluate(rule, {})).toEqual([['a', null]]);
  });

  it.each([
    [3, 0],
    [7, 0],
    [8, 4],
    [3000, 1500],
  ])('%i constant keys draw %i units per evaluation (plus the rule size)', (n, units) => {
    const keys = Array.from({ length: n }, () => 'k');
    for (const rule of [{ missing: keys }, { missing_some: [1, keys] }]) {
      const meter = { remaining: 1e9 };
      engine.evaluate(rule, {}, { meter });
      expect(1e9 - meter.remaining).toBe(units + 2);
    }
  });

  it('a loop over a long constant key list is bounded by the budget, not the item count', () => {
    const keys = Array.from({ length: 3000 }, () => 'a');
    const rule = { map: [{ var: 'xs' }, { missing: keys }] };
    expect(engine.check(rule)).toEqual([]);
    const e = createRuleEngine({ limits: { iterationBudget: 15_050 } });
    // 1 unit per iteration + 1,500 per evaluation of the list: the 11th item no longer fits.
    expect((e.evaluate(rule, { xs: Array(10).fill(0) }) as unknown[]).length).toBe(10);
    expect(() => e.evaluate(rule, { xs: Array(11).fill(0) })).toThrow(expect.objectContaining({ code: 'rule.iteration-budget' }));
  });
});
