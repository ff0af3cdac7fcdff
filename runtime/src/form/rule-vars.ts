import type { Rule } from '../rules/types.js';

const ITERATION = new Set(['map', 'filter', 'reduce', 'all', 'some', 'none']);

/**
 * The data paths a rule reads from the form data: `var`, `missing` and `missing_some` arguments,
 * outside iteration bodies (inside `map`/`reduce`/... `var` reads the current item, not a field).
 * Only constant paths are returned; a computed path cannot be checked statically.
 */
export function formVarsOf(rule: Rule): string[] {
  const out = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const entries = Object.entries(node);
    if (entries.length !== 1) return;
    const [op, raw] = entries[0];
    const args = Array.isArray(raw) ? raw : [raw];
    if (op === 'var') {
      const p = args[0];
      if (typeof p === 'string' || typeof p === 'number') out.add(String(p));
      else walk(p);
      args.slice(1).forEach(walk);
    } else if (op === 'missing') {
      const list = Array.isArray(args[0]) ? args[0] : args;
      list.forEach((p) => (typeof p === 'string' ? out.add(p) : walk(p)));
    } else if (op === 'missing_some') {
      if (Array.isArray(args[1])) args[1].forEach((p) => (typeof p === 'string' ? out.add(p) : walk(p)));
    } else if (ITERATION.has(op)) {
      walk(args[0]);
      if (op === 'reduce') walk(args[2]);
    } else {
      args.forEach(walk);
    }
  };
  walk(rule);
  return [...out];
}
