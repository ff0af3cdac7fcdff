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

// No wall-clock assertion here (a loaded machine would make it flaky): the bound is structural. Every run
// draws on a meter, and the work it charged must stay within the engine's budget; test/bench times it.

describe('adversarial rules', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const engine = createRuleEngine();
    let phase: 'compile' | 'run' = 'compile';
    let error: unknown = null;
    let value: unknown;
    const meter = { remaining: 1e12 };
    try {
      const compiled = engine.compile(c.rule);
      phase = 'run';
      value = compiled(c.data, { now: 0, meter });
    } catch (e) {
      error = e;
    }
    const charged = 1e12 - meter.remaining;

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
    expect(charged, `${c.name} charged ${charged} units`).toBeLessThanOrEqual(engine.limits.iterationBudget + engine.limits.maxNodes + 1);
  });

  it('never pollutes Object.prototype', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
