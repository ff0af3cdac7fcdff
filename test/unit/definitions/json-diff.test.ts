import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../runtime/src/definitions/canonical-json.js';
import { jsonDiff, type JsonChange } from '../../../runtime/src/definitions/json-diff.js';
import { parsePointer } from '../../../runtime/src/core/issue.js';
import golden from './json-diff.golden.json' with { type: 'json' };

interface Case {
  name: string;
  before: unknown;
  after: unknown;
  changes: JsonChange[];
}

/** Apply changes in order (the test's own tiny JSON Patch) to prove the diff is complete and ordered right. */
function apply(doc: unknown, changes: JsonChange[]): unknown {
  let root = structuredClone(doc);
  for (const c of changes) {
    const segs = parsePointer(c.path);
    if (segs.length === 0) {
      root = structuredClone(c.after);
      continue;
    }
    let parent = root as Record<string, unknown>;
    for (const s of segs.slice(0, -1)) parent = parent[s] as Record<string, unknown>;
    const last = segs[segs.length - 1];
    if (Array.isArray(parent)) {
      const i = Number(last);
      if (c.op === 'remove') parent.splice(i, 1);
      else if (c.op === 'add') parent.splice(i, 0, structuredClone(c.after));
      else parent[i] = structuredClone(c.after);
    } else if (c.op === 'remove') delete parent[last];
    else parent[last] = structuredClone(c.after);
  }
  return root;
}

describe('jsonDiff (golden)', () => {
  for (const g of golden as Case[]) {
    it(g.name, () => {
      const changes = jsonDiff(g.before, g.after);
      expect(changes).toEqual(g.changes);
      expect(canonicalJson(apply(g.before, changes))).toBe(canonicalJson(g.after));
    });
  }
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { y: 1, x: 2 }], c: undefined } })).toBe('{"a":{"d":[3,{"x":2,"y":1}]},"b":1}');
  });
  it('is independent of key insertion order', () => {
    expect(canonicalJson({ x: 1, y: { p: 1, q: 2 } })).toBe(canonicalJson({ y: { q: 2, p: 1 }, x: 1 }));
  });
});
