import { describe, expect, it } from 'vitest';
import { RuleError, createRuleEngine, type CompiledRule, type RuleEnv } from '../../../runtime/src/rules/index.js';

/**
 * A compiled rule reuses one evaluation context per call with an env (no allocation per call). These cases pin
 * what that reuse must not change: a re-entrant call (a host operator evaluating the same rule) gets its own
 * context, the outer evaluation keeps its own env and budget, and a failed call leaves nothing behind.
 */
describe('evaluation context reuse', () => {
  it('a re-entrant evaluation of the same rule sees its own env and leaves the outer one intact', () => {
    let self: CompiledRule | null = null;
    const engine = createRuleEngine({
      operators: {
        // Evaluates the same compiled rule once more, one level deeper, with an env of its own.
        again: { fn: ([depth], ctx) => ((depth as number) < 2 ? self!({ depth: (depth as number) + 1 }, { now: (ctx.env.now ?? 0) + 1 }) : ctx.env.now) },
      },
    });
    const rule = { cat: [{ now: [] }, '/', { again: [{ var: 'depth' }] }, '/', { now: [] }] };
    self = engine.compile(rule);
    // depth 2 reads its own now (12) three times; each level's trailing `now` after the nested call is its own.
    expect(self({ depth: 0 }, { now: 10 })).toBe('10/11/12/12/12/11/10');
    expect(self({ depth: 1 }, { now: 20 })).toBe('20/21/21/21/20');
  });

  it('nested evaluations inside a host operator draw on the shared meter until it is empty', () => {
    const engine = createRuleEngine({ limits: { iterationBudget: 1_000 } });
    let inner: CompiledRule | null = null;
    const outer = createRuleEngine({
      limits: { iterationBudget: 1_000 },
      operators: { nested: { fn: (_a, ctx) => inner!({ xs: Array.from({ length: 600 }, (_, i) => i) }, ctx.env) } },
    });
    inner = engine.compile({ map: [{ var: 'xs' }, { var: '' }] });
    const meter = { remaining: 10_000 };
    const rule = outer.compile({ map: [{ var: 'xs' }, { nested: [] }] });
    // Each nested map costs 600 units of the inner rule's own 1,000 budget; 10 of them exhaust the 10,000 meter.
    expect(() => rule({ xs: Array.from({ length: 20 }, (_, i) => i) }, { meter })).toThrow(RuleError);
    expect(meter.remaining).toBeLessThanOrEqual(0);
  });

  it('after a failed evaluation the next call starts with a full budget and the new env', () => {
    const engine = createRuleEngine({ limits: { iterationBudget: 100 } });
    const rule = engine.compile({ if: [{ var: 'big' }, { map: [{ var: 'xs' }, { var: '' }] }, { now: [] }] });
    const env: RuleEnv = { now: 5 };
    let code = '';
    try {
      rule({ big: true, xs: Array.from({ length: 500 }, (_, i) => i) }, env);
    } catch (e) {
      code = (e as RuleError).code;
    }
    expect(code).toBe('rule.iteration-budget');
    expect(rule({ big: true, xs: [1, 2, 3] }, { now: 6 })).toEqual([1, 2, 3]);
    expect(rule({ big: false }, { now: 7 })).toBe(7);
    // Without an env the context is a separate one: a date operator there has no clock.
    expect(() => rule({ big: false })).toThrow(/env\.now/);
  });
});
