import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RuleError, createRuleEngine } from '../../../runtime/src/rules/index.js';
import { expand } from './fixture-expand.js';

interface Case {
  name: string;
  rule: unknown;
  data: unknown;
  expect: { phase: 'compile' | 'run'; code: string } | { value: unknown };
}

const file = path.resolve(import.meta.dirname, '../../fixtures/rules/adversarial.json');
const cases = (JSON.parse(readFileSync(file, 'utf8')) as { cases: Case[] }).cases.map((c) => ({
  ...c,
  rule: expand(c.rule),
  data: expand(c.data),
}));

// Generous bound: the point is that every hostile rule stops quickly, not a precise timing.
const ABORT_BOUND_MS = 100;

describe('adversarial rules', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const engine = createRuleEngine();
    let phase: 'compile' | 'run' = 'compile';
    let error: unknown = null;
    let value: unknown;
    const t0 = performance.now();
    try {
      const compiled = engine.compile(c.rule);
      phase = 'run';
      value = compiled(c.data, { now: 0 });
    } catch (e) {
      error = e;
    }
    const ms = performance.now() - t0;

    if ('code' in c.expect) {
      expect(error).toBeInstanceOf(RuleError);
      expect({ phase, code: (error as RuleError).code }).toEqual({ phase: c.expect.phase, code: c.expect.code });
      if (c.expect.phase === 'compile') {
        expect(engine.check(c.rule, '/when').map((i) => i.code)).toContain(c.expect.code);
      }
    } else {
      expect(error).toBeNull();
      expect(value).toEqual(c.expect.value);
    }
    expect(ms, `${c.name} took ${ms.toFixed(1)} ms`).toBeLessThanOrEqual(ABORT_BOUND_MS);
  });

  it('never pollutes Object.prototype', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
