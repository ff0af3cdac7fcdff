import { RuleError } from './types.js';

/** Path segments `var` may never use: they lead to prototypes and constructors instead of data. */
export const FORBIDDEN_SEGMENTS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const hasOwn = Object.prototype.hasOwnProperty;

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

/** True when a `var` argument means "the whole current data". */
export function isWholeData(a: unknown): boolean {
  return a === undefined || a === '' || a === null;
}

/**
 * Read one segment: own properties only (so `length` of a string/array works, inherited methods do not),
 * and never a function. Returns undefined when absent, like a missing property.
 */
export function getOwn(data: unknown, key: string): unknown {
  const t = typeof data;
  if (t !== 'object' && t !== 'string') return undefined;
  if (!hasOwn.call(data, key)) return undefined;
  const v = (data as Record<string, unknown>)[key];
  return typeof v === 'function' ? undefined : v;
}

const OBJECT_PROTO = Object.prototype;
const ARRAY_PROTO = Array.prototype;

/**
 * True when a key exists on the standard prototypes (`length`, `toString`, `map`...): reading it from
 * plain data needs the exact own-property test. Decided at compile time.
 */
export function isInheritable(key: string): boolean {
  return key in OBJECT_PROTO || key in ARRAY_PROTO || key in String.prototype;
}

/**
 * Fast own read for keys that are not on the standard prototypes. For plain objects and arrays (the JSON
 * data rules see) a found value is then necessarily own, and the prototype identity test is much cheaper
 * than hasOwnProperty; anything else takes the exact test. Functions are never returned.
 */
export function getFast(data: unknown, key: string): unknown {
  if (typeof data !== 'object' || data === null) return typeof data === 'string' ? getOwn(data, key) : undefined;
  const v = (data as Record<string, unknown>)[key];
  if (v === undefined || typeof v === 'function') return undefined;
  const p = Object.getPrototypeOf(data);
  return p === OBJECT_PROTO || p === ARRAY_PROTO || p === null || hasOwn.call(data, key) ? v : undefined;
}

/**
 * Static one- and two-segment reads (most `var`s) as plain functions: operators that read a static path
 * call them directly, a call TurboFan can inline, instead of going through a `var` closure.
 */
export function read1(d: unknown, k: string, nf: unknown): unknown {
  if (typeof d !== 'object' || d === null) return typeof d === 'string' ? orDefault(getOwn(d, k), nf) : nf;
  const v = (d as Record<string, unknown>)[k];
  if (v === undefined || typeof v === 'function') return nf;
  const p = Object.getPrototypeOf(d);
  return p === OBJECT_PROTO || p === ARRAY_PROTO || p === null || hasOwn.call(d, k) ? v : nf;
}

export function read2(d: unknown, k0: string, k1: string, nf: unknown): unknown {
  if (typeof d !== 'object' || d === null) return typeof d === 'string' ? orDefault(getOwn(getOwn(d, k0), k1), nf) : nf;
  const v = (d as Record<string, unknown>)[k0];
  if (typeof v !== 'object' || v === null) {
    return typeof v === 'string' && hasOwn.call(d, k0) ? orDefault(getOwn(v, k1), nf) : nf;
  }
  if (d !== plainScope.last && !isPlainScope(d) && !hasOwn.call(d, k0)) return nf;
  return read1(v, k1, nf);
}

/** `read2` inside iteration bodies: items differ every time, so no memo. */
export function read2Scoped(d: unknown, k0: string, k1: string, nf: unknown): unknown {
  if (typeof d !== 'object' || d === null) return typeof d === 'string' ? orDefault(getOwn(getOwn(d, k0), k1), nf) : nf;
  const v = (d as Record<string, unknown>)[k0];
  if (typeof v !== 'object' || v === null) {
    return typeof v === 'string' && hasOwn.call(d, k0) ? orDefault(getOwn(v, k1), nf) : nf;
  }
  const p = Object.getPrototypeOf(d);
  if (p !== OBJECT_PROTO && p !== ARRAY_PROTO && p !== null && !hasOwn.call(d, k0)) return nf;
  return read1(v, k1, nf);
}

/** `read1` for a path's first segment, where the object is usually the same order root again and again. */
export function readTop1(d: unknown, k: string, nf: unknown): unknown {
  if (typeof d !== 'object' || d === null) return typeof d === 'string' ? orDefault(getOwn(d, k), nf) : nf;
  const v = (d as Record<string, unknown>)[k];
  if (v === undefined || typeof v === 'function') return nf;
  return d === plainScope.last || isPlainScope(d) || hasOwn.call(d, k) ? v : nf;
}

/**
 * The scope object (the data a rule runs on, or an iteration item) most recently found plain. The rules of
 * a set read many paths from the same order, and an identity compare is far cheaper than fetching the
 * prototype each time. A prototype does not change under a rule (rules never write), and the memo holds a
 * single object.
 */
const plainScope: { last: object | null } = { last: null };

function isPlainScope(d: object): boolean {
  const p = Object.getPrototypeOf(d);
  if (p !== OBJECT_PROTO && p !== ARRAY_PROTO && p !== null) return false;
  plainScope.last = d;
  return true;
}

function orDefault(v: unknown, nf: unknown): unknown {
  return v === undefined ? nf : v;
}

/** Static-path descent with per-segment readers chosen at compile time. */
export function getPathWith(data: unknown, segments: readonly string[], fast: readonly boolean[], notFound: unknown): unknown {
  let d = data;
  for (let i = 0; i < segments.length; i++) {
    if (d === null || d === undefined) return notFound;
    d = fast[i] ? getFast(d, segments[i]) : getOwn(d, segments[i]);
    if (d === undefined) return notFound;
  }
  return d;
}

/** json-logic-js `var` descent over pre-split segments, with own-property safety. */
export function getPath(data: unknown, segments: readonly string[], notFound: unknown): unknown {
  let d = data;
  for (let i = 0; i < segments.length; i++) {
    if (d === null || d === undefined) return notFound;
    d = getOwn(d, segments[i]);
    if (d === undefined) return notFound;
  }
  return d;
}

/** `var` with a computed path (and default), as json-logic-js evaluates it. */
export function getVar(data: unknown, a: unknown, b: unknown): unknown {
  const notFound = b === undefined ? null : b;
  if (isWholeData(a)) return data;
  return getPath(data, splitPath(a), notFound);
}
