import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinFieldTypes, builtinNodeTypes, DEFINITION_KINDS, defaultRuleEngine, ROLES } from '@oms/runtime';
import { describe, expect, it } from 'vitest';

/**
 * Each extension kind has one list, in the runtime (DESIGN.md §7). This test fails when a second copy
 * appears anywhere else: an array literal or a union type naming every role, every definition kind,
 * every node type, every field type or every operator. Only the SQL CHECK of migration 0001 may repeat
 * the roles (SQL cannot import).
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
// Source only: a test asserting what a registry contains states the expectation on purpose.
const SCANNED = ['runtime/src', 'server/src', 'designer/src', 'scripts'];
const OWNERS: Record<string, string[]> = {
  roles: ['runtime/src/core/roles.ts', 'server/src/db/migrations/0001-foundation.ts'],
  kinds: ['runtime/src/definitions/kinds.ts'],
  'node types': [],
  'field types': [],
  operators: [],
};

/** Runs of quoted names joined by `,` or `|`: `['a', 'b']`, `'a' | 'b'`, SQL `('a','b')`. */
const RUN = /(['"])[^'"\n]+\1(?:\s*[,|]\s*(['"])[^'"\n]+\2)+/g;

export function listsIn(source: string): string[][] {
  return [...source.matchAll(RUN)].map((m) => [...m[0].matchAll(/(['"])([^'"\n]+)\1/g)].map((x) => x[2]));
}

/** Comments may name kinds in prose (`e.g. 'form', 'flow'`); only code counts. */
const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/[^\n]*/g, '$1');

export function copiesOf(source: string, names: readonly string[]): number {
  return listsIn(withoutComments(source)).filter((run) => names.every((n) => run.includes(n))).length;
}

function files(dir: string): string[] {
  const abs = path.join(root, dir);
  return readdirSync(abs, { withFileTypes: true }).flatMap((e) => {
    if (e.name === 'node_modules' || e.name === 'dist') return [];
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return files(rel);
    return /\.(ts|tsx|mjs|js)$/.test(e.name) ? [rel] : [];
  });
}

const lists: Record<string, readonly string[]> = {
  roles: ROLES,
  kinds: DEFINITION_KINDS,
  'node types': builtinNodeTypes.map((t) => t.key),
  'field types': builtinFieldTypes.map((t) => t.key),
  operators: defaultRuleEngine().operatorNames(),
};

describe('one list per extension kind', () => {
  it('the detector finds arrays, unions and SQL lists, and ignores partial ones', () => {
    expect(copiesOf("const R = ['admin', 'analyst', 'approver', 'operator', 'customer'];", ROLES)).toBe(1);
    expect(copiesOf("type R = 'admin' | 'analyst' | 'approver' | 'operator' | 'customer';", ROLES)).toBe(1);
    expect(copiesOf("CHECK (role IN ('admin','analyst','approver','operator','customer'))", ROLES)).toBe(1);
    expect(copiesOf("const kinds = [\n  'form',\n  'flow',\n  'routing',\n  'review',\n];", DEFINITION_KINDS)).toBe(1);
    expect(copiesOf("const DESIGN = ['admin', 'analyst'];", ROLES)).toBe(0);
    expect(copiesOf("/** e.g. 'form', 'flow', 'routing', 'review' */\n// 'form', 'flow', 'routing', 'review'", DEFINITION_KINDS)).toBe(0);
  });

  const all = SCANNED.flatMap(files);
  for (const [name, names] of Object.entries(lists)) {
    it(`${name} are listed only in ${OWNERS[name].join(', ') || 'their registry'}`, () => {
      expect(names.length).toBeGreaterThan(1);
      const copies = all.filter((f) => !OWNERS[name].includes(f) && copiesOf(readFileSync(path.join(root, f), 'utf8'), names) > 0);
      expect(copies).toEqual([]);
    });
  }
});
