import { pointer, pointerSegment } from '../core/issue.js';

/** One structural change between two JSON documents; `path` is a JSON Pointer (RFC 6901). */
export interface JsonChange {
  op: 'add' | 'remove' | 'replace';
  path: string;
  before?: unknown;
  after?: unknown;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Deep equality for JSON values (object key order does not matter). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}

/**
 * Structural diff: objects by key (sorted, so output is stable), arrays by index (trailing items
 * are `add`/`remove`), anything else of a different value or type is one `replace`.
 * Pure and deterministic so the designer and the server show the same changes.
 */
export function jsonDiff(before: unknown, after: unknown): JsonChange[] {
  const out: JsonChange[] = [];
  walk(before as Json, after as Json, '', out);
  return out;
}

function walk(a: Json, b: Json, path: string, out: JsonChange[]): void {
  if (isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const k of keys) {
      const p = path + '/' + pointerSegment(k);
      const inA = Object.prototype.hasOwnProperty.call(a, k);
      const inB = Object.prototype.hasOwnProperty.call(b, k);
      if (inA && !inB) out.push({ op: 'remove', path: p, before: a[k] });
      else if (!inA && inB) out.push({ op: 'add', path: p, after: b[k] });
      else walk(a[k], b[k], p, out);
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const common = Math.min(a.length, b.length);
    for (let i = 0; i < common; i++) walk(a[i], b[i], path + pointer(i), out);
    for (let i = common; i < b.length; i++) out.push({ op: 'add', path: path + pointer(i), after: b[i] });
    // Removals from the end backwards, so applying them in order keeps the indexes valid.
    for (let i = a.length - 1; i >= common; i--) out.push({ op: 'remove', path: path + pointer(i), before: a[i] });
    return;
  }
  if (!jsonEqual(a, b)) out.push({ op: 'replace', path, before: a, after: b });
}
