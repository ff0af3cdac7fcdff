import fc from 'fast-check';
import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { createRuleEngine } from '../../../runtime/src/rules/index.js';
import { dataArb, ruleArb } from './rule-arbitraries.js';

type Outcome = { ok: true; value: unknown } | { ok: false };

function run(f: () => unknown): Outcome {
  try {
    return { ok: true, value: f() };
  } catch {
    return { ok: false };
  }
}

describe('differential test against json-logic-js 2.0.5', () => {
  const engine = createRuleEngine();

  it('random rules over random data give the same result (or both fail)', () => {
    fc.assert(
      fc.property(ruleArb, dataArb, (rule, data) => {
        const oracle = run(() => jsonLogic.apply(rule as jsonLogic.RulesLogic, data));
        const ours = run(() => engine.evaluate(rule, data));
        expect(ours).toEqual(oracle);
      }),
      { numRuns: 3000, seed: 20250101 },
    );
    // CPU-bound and the machine is shared: a generous timeout, the assertion is the agreement.
  }, 30_000);

  // A new seed each run widens coverage over time; fast-check prints the seed and the shrunk counterexample
  // on failure, so any disagreement found is reproducible and becomes a fixed case.
  it('agrees on fresh seeds too', () => {
    fc.assert(
      fc.property(ruleArb, dataArb, (rule, data) => {
        const oracle = run(() => jsonLogic.apply(rule as jsonLogic.RulesLogic, data));
        expect(run(() => engine.evaluate(rule, data))).toEqual(oracle);
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('the generator reaches the operators it claims to (the test is not vacuous)', () => {
    const seen = new Set<string>();
    const walk = (r: unknown): void => {
      if (Array.isArray(r)) r.forEach(walk);
      else if (r && typeof r === 'object') for (const [k, v] of Object.entries(r)) (seen.add(k), walk(v));
    };
    fc.sample(ruleArb, { numRuns: 2000, seed: 7 }).forEach(walk);
    for (const op of ['if', 'and', 'or', '==', 'in', 'cat', 'substr', 'merge', 'map', 'filter', 'reduce', 'all', 'some', 'none', 'missing', 'missing_some', '*', 'var']) {
      expect(seen.has(op), op).toBe(true);
    }
  });
});
