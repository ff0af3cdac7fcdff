import fc from 'fast-check';
import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { createRuleEngine } from '../../../runtime/src/rules/index.js';
import { opaqueParts, parseRule, serializeRule, walkRule } from '../../../designer/src/rule-builder/model/index';
import { dataArb, mixedRuleArb, supportedRuleArb } from './arbitraries.js';

type Outcome = { ok: true; value: unknown } | { ok: false };
function run(f: () => unknown): Outcome {
  try {
    return { ok: true, value: f() };
  } catch {
    return { ok: false };
  }
}

const engine = createRuleEngine();
const roundTrip = (rule: unknown) => serializeRule(parseRule(structuredClone(rule)));
const SEED = 20261201;

describe('rule builder round trip JSON → visual → JSON', () => {
  it('gives the identical rule for the supported subset, with no opaque part', () => {
    fc.assert(
      fc.property(supportedRuleArb, (rule) => {
        const tree = parseRule(structuredClone(rule));
        expect(opaqueParts(tree)).toEqual([]);
        expect(serializeRule(tree)).toStrictEqual(rule);
      }),
      { numRuns: 1500, seed: SEED },
    );
  });

  it('keeps supported and unsupported parts mixed and nested verbatim', () => {
    fc.assert(
      fc.property(mixedRuleArb, (rule) => {
        expect(roundTrip(rule)).toStrictEqual(rule);
      }),
      { numRuns: 1500, seed: SEED },
    );
  });

  it('evaluates the same before and after, in the runtime engine and in json-logic-js', () => {
    fc.assert(
      fc.property(mixedRuleArb, fc.array(dataArb, { minLength: 1, maxLength: 4 }), (rule, samples) => {
        const back = roundTrip(rule);
        for (const data of samples) {
          expect(run(() => engine.evaluate(back, data))).toEqual(run(() => engine.evaluate(rule, data)));
          expect(run(() => jsonLogic.apply(back as jsonLogic.RulesLogic, data))).toEqual(
            run(() => jsonLogic.apply(rule as jsonLogic.RulesLogic, data)),
          );
        }
      }),
      { numRuns: 800, seed: SEED },
    );
  }, 30_000);

  it('an edit elsewhere (a condition appended) leaves every opaque part verbatim at its path', () => {
    fc.assert(
      fc.property(mixedRuleArb, (rule) => {
        const tree = parseRule({ and: [structuredClone(rule)] });
        const before = opaqueParts(tree).map((p) => [p.path, p.node]);
        if (tree.kind !== 'group') throw new Error('root must be a group');
        tree.children.push({ kind: 'compare', op: '>', left: { kind: 'field', path: 'total' }, right: { kind: 'value', value: 1000 } });
        const after = parseRule(serializeRule(tree));
        const afterParts = new Map(opaqueParts(after).map((p) => [p.path, p.node]));
        for (const [path, node] of before) expect(afterParts.get(path as string)).toStrictEqual(node);
      }),
      { numRuns: 500, seed: SEED },
    );
  });

  it('node paths are the paths the runtime trace reports', () => {
    fc.assert(
      fc.property(supportedRuleArb, dataArb, (rule, data) => {
        const ours = new Map(walkRule(parseRule(rule)).map((p) => [p.path, serializeRule(p.node)]));
        const traced = engine.trace(rule, data).trace.filter((t) => t.op !== 'var');
        expect(traced.length).toBeGreaterThan(0);
        // Every operator the runtime evaluated is one of the builder's nodes, found by the trace's path.
        for (const t of traced) expect(Object.keys(ours.get(t.path) as object)).toEqual([t.op]);
      }),
      { numRuns: 300, seed: SEED },
    );
  });
});
