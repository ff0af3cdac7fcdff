import { RuleError } from './types.js';

/** Path segments `var` may never use: they lead to prototypes and constructors instead of data. */
export const FORBIDDEN_SEGMENTS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Split a `var` path the way json-logic-js does (`String(a).split('.')`) and reject forbidden segments. */
export function splitPath(a: unknown, rulePath = ''): string[] {
  const segments = String(a).split('.');
  for (const s of segments) {
    if (FORBIDDEN_SEGMENTS.has(s)) {
      throw new RuleError('rule.forbidden-path', `var path "${String(a)}" uses forbidden segment "${s}"`, rulePath, {
        segment: s,
        varPath: String(a),
      });
    }
  }
  return segments;
}

/**
 * A path segment as the key a compiled rule reads with. Segments split from a rule's text are fresh strings;
 * the engine hashes and looks up such a key in its string table on every read. Passing it through an
 * object once yields the internalized copy (same text), which property reads match by identity. Canonical
 * array indices become numbers (`d[0]` and `d["0"]` read the same property; the number skips the parse).
 */
export function propertyKey(segment: string): string {
  if (/^(?:0|[1-9]\d{0,8})$/.test(segment)) return Number(segment) as unknown as string;
  const o: Record<string, true> = {};
  o[segment] = true;
  for (const k in o) return k;
  return segment;
}

/** `splitPath` for a path fixed in the rule: split and vetted once, keys ready for reading. */
export function compilePath(a: unknown, rulePath = ''): string[] {
  return splitPath(a, rulePath).map(propertyKey);
}

/** True when a `var` argument means "the whole current data". */
export function isWholeData(a: unknown): boolean {
  return a === undefined || a === '' || a === null;
}

/**
 * Read one segment, as json-logic-js does (`data[key]`), but never a function. Rules see JSON data, where
 * every inherited property is a function (refused here) or `__proto__` (a forbidden segment), so no
 * own-property test is needed: the guarantee is "no functions, no prototype paths", checked cheaply.
 */
export function read1(d: unknown, k: string, nf: unknown): unknown {
  if (d === null || d === undefined) return nf;
  const v = (d as Record<string, unknown>)[k];
  return v === undefined || typeof v === 'function' ? nf : v;
}

export function read2(d: unknown, k0: string, k1: string, nf: unknown): unknown {
  if (d === null || d === undefined) return nf;
  const v = (d as Record<string, unknown>)[k0];
  return typeof v === 'function' ? nf : read1(v, k1, nf);
}

export function read3(d: unknown, k0: string, k1: string, k2: string, nf: unknown): unknown {
  if (d === null || d === undefined) return nf;
  const v = (d as Record<string, unknown>)[k0];
  return typeof v === 'function' ? nf : read2(v, k1, k2, nf);
}

/** json-logic-js `var` descent over pre-split segments (three segments, the usual deep path, without the loop). */
export function getPath(data: unknown, segments: readonly string[], notFound: unknown): unknown {
  if (segments.length === 3) return read3(data, segments[0], segments[1], segments[2], notFound);
  let d = data;
  for (let i = 0; i < segments.length; i++) {
    if (d === null || d === undefined) return notFound;
    d = (d as Record<string, unknown>)[segments[i]];
    if (d === undefined || typeof d === 'function') return notFound;
  }
  return d;
}

/** `var` with a computed path (and default), as json-logic-js evaluates it. */
export function getVar(data: unknown, a: unknown, b: unknown): unknown {
  const notFound = b === undefined ? null : b;
  if (isWholeData(a)) return data;
  return getPath(data, splitPath(a), notFound);
}
