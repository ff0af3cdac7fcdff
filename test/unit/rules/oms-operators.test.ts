import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../runtime/src/core/ports.js';
import { BUILTIN_OPERATOR_DOCS, RuleError, createRuleEngine } from '../../../runtime/src/rules/index.js';

interface Case {
  name: string;
  rule: unknown;
  data: unknown;
  now?: string | null;
  expected?: unknown;
  error?: string;
}

const file = path.resolve(import.meta.dirname, '../../fixtures/rules/oms-operators.json');
const golden = JSON.parse(readFileSync(file, 'utf8')) as { now: string; cases: Case[] };

describe('OMS operators (golden cases)', () => {
  const engine = createRuleEngine();
  const clock = fixedClock(golden.now);

  it.each(golden.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const env = c.now === null ? {} : { now: c.now === undefined ? clock.now() : Date.parse(c.now) };
    if (c.error) {
      let err: unknown;
      try {
        engine.evaluate(c.rule, c.data, env);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(RuleError);
      expect((err as RuleError).code).toBe(c.error);
    } else {
      expect(engine.evaluate(c.rule, c.data, env)).toEqual(c.expected);
    }
  });

  it('follows the injected clock when it moves', () => {
    const c = fixedClock('2025-01-01T00:00:00Z');
    const rule = engine.compile({ '>=': [{ 'days-since': [{ var: 'placedAt' }] }, 2] });
    const order = { placedAt: '2025-01-01T00:00:00Z' };
    expect(rule(order, { now: c.now() })).toBe(false);
    c.advance(2 * 86_400_000);
    expect(rule(order, { now: c.now() })).toBe(true);
  });

  it('documents every OMS operator it registers', () => {
    const documented = new Set(BUILTIN_OPERATOR_DOCS.map((d) => d.name));
    for (const name of engine.operatorNames()) expect(documented.has(name), name).toBe(true);
    for (const d of engine.describe()) {
      expect(d.description.length, d.name).toBeGreaterThan(5);
      if (d.example !== undefined) expect(engine.check(d.example), d.name).toEqual([]);
    }
  });
});
