import { readFileSync } from 'node:fs';
import path from 'node:path';
import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { createRuleEngine } from '../../../runtime/src/rules/index.js';

// The public JSON Logic conformance suite: [rule, data, expected] rows, strings are section headings.
const file = path.resolve(import.meta.dirname, '../../fixtures/rules/jsonlogic-tests.json');
const rows = JSON.parse(readFileSync(file, 'utf8')) as unknown[];

interface Case {
  section: string;
  rule: unknown;
  data: unknown;
  expected: unknown;
}

const cases: Case[] = [];
let section = '';
for (const row of rows) {
  if (typeof row === 'string') section = row.replace(/^#\s*/, '');
  else {
    const [rule, data, expected] = row as [unknown, unknown, unknown];
    cases.push({ section, rule, data, expected });
  }
}

describe('JSON Logic conformance suite', () => {
  const engine = createRuleEngine();

  it('has all the published cases', () => {
    expect(cases).toHaveLength(278);
  });

  it.each(cases.map((c, i) => [i, c.section, c] as const))('case %i (%s)', (_i, _s, c) => {
    expect(engine.evaluate(c.rule, c.data)).toEqual(c.expected);
    // The oracle agrees with the fixture, so both sides are checked against the same truth.
    expect(jsonLogic.apply(c.rule as jsonLogic.RulesLogic, c.data)).toEqual(c.expected);
  });

  it('gives the same result from a cached compiled rule on reuse', () => {
    for (const c of cases) {
      const compiled = engine.compile(c.rule);
      expect(compiled(c.data)).toEqual(c.expected);
      if (typeof c.rule === 'object' && c.rule !== null) expect(engine.compile(c.rule)).toBe(compiled);
    }
  });
});
