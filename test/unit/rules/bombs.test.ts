import { describe, expect, it } from 'vitest';
import { RuleError, createRuleEngine } from '../../../runtime/src/rules/index.js';
import { HELD_OUT_SEEDS, MAX_DATA_BYTES, TUNING_SEEDS, bomb } from './bomb-corpus.js';

/**
 * The work budget is complete: for a generated corpus of bombs (nested loops × string doubling ×
 * conversions × data up to 1 MB), every rule that passes the static limits either finishes or aborts with
 * a RuleError, and the work it was charged never exceeds the budget. The charge comes BEFORE the work, so
 * the budget bounds the time; test/bench/rules-bench.ts measures the slowest bomb's wall time. No timing
 * here: a shared machine would make it flaky, and the bound does not depend on it.
 */
const engine = createRuleEngine();
const KNOWN = new Set(['rule.iteration-budget', 'rule.evaluation-failed']);

function run(seed: number) {
  const b = bomb(seed);
  const issues = engine.check(b.rule);
  if (issues.length) return { seed, skipped: issues[0].code };
  const meter = { remaining: 1e12 };
  let outcome = 'finished';
  try {
    engine.compile(b.rule)(b.data, { now: 0, meter });
  } catch (e) {
    if (!(e instanceof RuleError)) throw new Error(`seed ${seed}: a raw ${String(e)} escaped`);
    outcome = e.code;
  }
  // The meter draws the work charged plus the rule's own size (1 + its operators).
  const charged = 1e12 - meter.remaining;
  return { seed, outcome, charged, dataBytes: JSON.stringify(b.data).length };
}

describe.each([
  ['tuning seeds', TUNING_SEEDS],
  ['held-out seeds (never tuned against)', HELD_OUT_SEEDS],
])('bomb corpus: %s', (_name, seeds) => {
  it.each(seeds)('seed %i finishes or aborts within the budget', (seed) => {
    const r = run(seed);
    if ('skipped' in r) {
      // Too big for the static limits: rejected before it runs, which is also a bound.
      expect(['rule.too-many-nodes', 'rule.too-large', 'rule.too-deep']).toContain(r.skipped);
      return;
    }
    expect(r.dataBytes).toBeLessThanOrEqual(MAX_DATA_BYTES);
    expect(r.outcome === 'finished' || KNOWN.has(r.outcome), r.outcome).toBe(true);
    expect(r.charged).toBeLessThanOrEqual(engine.limits.iterationBudget + engine.limits.maxNodes + 1);
  });

  it('most bombs get past the static limits (the corpus tests the budget, not only the size limit)', () => {
    const ran = seeds.map((s) => ({ s, issues: engine.check(bomb(s).rule) })).filter((x) => x.issues.length === 0);
    expect(ran.length).toBeGreaterThanOrEqual(seeds.length * 0.7);
  });
});

describe('the bombs seen in the issue', () => {
  const big = (n: number) => 'x'.repeat(n);
  const lines = Array.from({ length: 5000 }, (_, i) => ({ sku: `S${i}`, qty: 1 }));
  const cases: Array<[string, unknown, unknown]> = [
    // ~250 bytes, run on {}: doubling a string then converting it over and over
    ['doubling + conversions on {}', { reduce: [{ merge: [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]] }, { cat: [{ var: 'accumulator' }, { var: 'accumulator' }] }, 'ab'] }, {}],
    ['cat charges before building', { reduce: [{ var: 'lines' }, { cat: [{ var: 'accumulator' }, { var: 'accumulator' }] }, 'ab'] }, { lines }],
    ['reduce + substr of the accumulator over 5,000 lines', { reduce: [{ var: 'lines' }, { cat: [{ substr: [{ var: 'accumulator' }, 0] }, { var: 'current.sku' }] }, ''] }, { lines }],
    ['+ of a long text in a loop', { reduce: [{ var: 'lines' }, { if: [{ '+': [{ var: 'accumulator' }, 1] }, { var: 'accumulator' }, 0] }, { var: 's' }] }, { lines, s: '1'.repeat(500_000) }],
    ['== of a long list in a loop', { reduce: [{ var: 'lines' }, { if: [{ '==': [{ var: 'accumulator' }, 1] }, 0, { var: 'accumulator' }] }, { var: 'lines' }] }, { lines }],
    ['in with a long needle', { reduce: [{ var: 'lines' }, { if: [{ in: [{ var: 'accumulator' }, 'abc'] }, 0, { var: 'accumulator' }] }, { var: 's' }] }, { lines, s: big(300_000) }],
  ];
  it.each(cases)('%s aborts with rule.iteration-budget', (_name, rule, data) => {
    expect(engine.check(rule)).toEqual([]);
    expect(() => engine.evaluate(rule, data)).toThrow(expect.objectContaining({ code: 'rule.iteration-budget' }));
  });

  it('a data object that cannot be converted is a RuleError, not a TypeError', () => {
    expect(() => engine.evaluate({ '+': [{ var: 'o' }, 1] }, { o: { toString: 1, valueOf: 1 } })).toThrow(
      expect.objectContaining({ code: 'rule.evaluation-failed' }),
    );
  });
});
