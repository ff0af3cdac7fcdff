import { charge, stringUnits, type EvalCtx } from './eval-context.js';

/**
 * The cost of READING a value: converting it to a number or a string (`+`, `<`, `==`, `cat`, `substr`,
 * `in`, ...) takes time proportional to its size, so operators charge that size before they convert.
 * Numbers, booleans, null and short strings are free, which keeps the common paths to one type test.
 */
export const LIGHT_TEXT = 64;

/** True when converting `v` costs O(1): no charge needed. */
export function light(v: unknown): boolean {
  const t = typeof v;
  return t === 'number' || t === 'boolean' || v === null || v === undefined || (t === 'string' && (v as string).length <= LIGHT_TEXT);
}

/**
 * Units to convert a value: a string by its length; an array by its elements (each element's conversion
 * plus the separators) and nested text. The walk stops as soon as it passes `cap`, so measuring never
 * costs more than the budget it is checked against.
 */
export function sizeUnits(v: unknown, cap: number): number {
  if (typeof v === 'string') return v.length > LIGHT_TEXT ? stringUnits(v.length) : 0;
  if (!Array.isArray(v)) return 0;
  let units = 0;
  const stack: unknown[] = [v];
  while (stack.length > 0) {
    const x = stack.pop();
    if (typeof x === 'string') units += stringUnits(x.length);
    else if (Array.isArray(x)) {
      units += 1 + x.length;
      if (units > cap) return units;
      for (let i = 0; i < x.length; i++) {
        const y = x[i];
        if (typeof y === 'string' ? y.length > 16 : Array.isArray(y)) stack.push(y);
      }
    }
    if (units > cap) return units;
  }
  return units;
}

/** Charge the conversion of `v` (no-op for light values) and hand it back. */
export function weighed<T>(v: T, c: EvalCtx): T {
  if (!light(v)) charge(c, sizeUnits(v, c.budget));
  return v;
}

/** Charge for a strict comparison or search: only long strings cost (arrays and objects compare by identity). */
export function weighText(v: unknown, c: EvalCtx): void {
  if (typeof v === 'string' && v.length > LIGHT_TEXT) charge(c, stringUnits(v.length));
}
