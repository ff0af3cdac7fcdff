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
