import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeNode, opaqueParts, parseRule, serializeRule } from '../../../designer/src/rule-builder/model/index';

// The traps seen in off-the-shelf builders: each rule must read in its own order, keep `in` modes apart and
// keep what cannot be shown verbatim (with its JSON Pointer), and come back identical.
const cases = JSON.parse(readFileSync(new URL('./golden.cases.json', import.meta.url), 'utf8')) as {
  name: string;
  rule: unknown;
  reads: string;
  opaque: string[];
}[];

describe('rule builder golden cases', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const tree = parseRule(structuredClone(c.rule));
    expect(describeNode(tree)).toBe(c.reads);
    expect(opaqueParts(tree).map((p) => p.path)).toEqual(c.opaque);
    expect(serializeRule(tree)).toStrictEqual(c.rule);
  });
});
