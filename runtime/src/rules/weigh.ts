import { charge, stringUnits, type EvalCtx } from './eval-context.js';
import { RuleError } from './types.js';


/**
 * The cost of READING a value: converting it to a number or a string (`+`, `<`, `==`, `cat`, `substr`,
 * `in`, ...) takes time proportional to its size, so operators charge that size before they convert.
 * Numbers, booleans, null and short strings are free, which keeps the common paths to one type test.
 */
export const LIGHT_TEXT = 64;

/** Units per list element converted to text (a number's decimal form, an object's tag, a separator). */
export const ELEMENT_UNITS = 4;

/**
 * Extra units for a list element that is an object: converting it calls its `toString` (`[object Object]`),
 * measured here at ≈ 2.3× a number element's cost (360 vs 160 ns under load), so it costs 4 + 6 units.
 */
export const OBJECT_ELEMENT_UNITS = 6;

/** Units per key `missing` resolves (convert, split, vet and read a path). */
export const KEY_UNITS = 8;

/** Units to convert text of `length` chars: parsing digits to a number is the slowest case (≈ 10 ns a char). */
export function textUnits(length: number): number {
  return length >>> 2;
}

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
  if (typeof v === 'string') return v.length > LIGHT_TEXT ? textUnits(v.length) : 0;
  if (!Array.isArray(v)) {
    convertible(v);
    return 0;
  }
  let units = 0;
  // Nested lists convert with a cycle check that rescans the open levels: a level at depth k costs k more.
  const stack: unknown[] = [v];
  const depths: number[] = [1];
  while (stack.length > 0) {
    const x = stack.pop();
    const depth = depths.pop()!;
    if (typeof x === 'string') units += textUnits(x.length);
    else if (Array.isArray(x)) {
      units += depth + ELEMENT_UNITS * x.length;
      if (units > cap) return units;
      for (let i = 0; i < x.length; i++) {
        const y = x[i];
        if (typeof y === 'string' ? y.length > 16 : Array.isArray(y)) {
          stack.push(y);
          depths.push(depth + 1);
        } else if (typeof y === 'object' && y !== null) {
          convertible(y);
          units += OBJECT_ELEMENT_UNITS;
        }
      }
    }
    if (units > cap) return units;
  }
  return units;
}

/**
 * JSON data can carry a `toString` / `valueOf` key that is not a function; converting such an object throws a
 * native TypeError (json-logic-js fails there too). Operators that read one fail with a RuleError instead.
 */
function convertible(v: unknown): void {
  if (typeof v !== 'object' || v === null) return;
  const own = Object.prototype.hasOwnProperty;
  const bad = (k: string) => own.call(v, k) && typeof (v as Record<string, unknown>)[k] !== 'function';
  if (bad('toString') || bad('valueOf')) {
    throw new RuleError('rule.evaluation-failed', 'A data object with a "toString" or "valueOf" field cannot be converted', '', { detail: 'TypeError' });
  }
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
