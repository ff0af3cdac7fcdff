import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRuleEngine } from '../../../runtime/src/rules/index.js';

const file = path.resolve(import.meta.dirname, '../../fixtures/rules/trace-and-vars.json');
const golden = JSON.parse(readFileSync(file, 'utf8')) as {
  varsOf: Array<{ rule: unknown; vars: string[] }>;
  trace: Array<{ rule: unknown; data: unknown; value: unknown; trace: unknown[] }>;
};

describe('varsOf', () => {
  const engine = createRuleEngine();
  it.each(golden.varsOf.map((c) => [JSON.stringify(c.rule), c] as const))('%s', (_s, c) => {
    expect([...engine.varsOf(c.rule)].sort()).toEqual([...c.vars].sort());
    expect([...engine.compile(c.rule).vars].sort()).toEqual([...c.vars].sort());
  });
});

describe('trace', () => {
  const engine = createRuleEngine();
  it.each(golden.trace.map((c) => [JSON.stringify(c.rule), c] as const))('%s', (_s, c) => {
    const result = engine.trace(c.rule, c.data);
    expect(result).toEqual({ value: c.value, trace: c.trace });
    // Tracing is an observation only: the plain compiled rule agrees.
    expect(engine.evaluate(c.rule, c.data)).toEqual(c.value);
  });

  it('records a fresh trace per call from the cached traced closure', () => {
    const rule = { '>': [{ var: 'n' }, 1] };
    expect(engine.trace(rule, { n: 2 }).trace.at(-1)).toEqual({ path: '', op: '>', value: true });
    expect(engine.trace(rule, { n: 0 }).trace).toEqual([
      { path: '/>/0', op: 'var', value: 0 },
      { path: '', op: '>', value: false },
    ]);
  });
});
