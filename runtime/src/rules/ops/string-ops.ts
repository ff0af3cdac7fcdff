/* eslint-disable @typescript-eslint/no-explicit-any -- mirrors json-logic-js's loose string handling. */
import { charge, stringUnits } from '../eval-context.js';
import type { Fn } from '../eval-context.js';
import { eager, evalAll, type OpSpec } from './op-spec.js';

/** `cat` joins like Array.prototype.join(''): null and undefined become ''. Output size draws on the budget. */
const cat: OpSpec = eager((v, _d, c) => {
  const s = v.join('');
  charge(c, stringUnits(s.length));
  return s;
});

/** `substr` with PHP-style negative length, exactly as json-logic-js. */
const substr: OpSpec = eager((v, _d, c) => {
  const source: any = v[0];
  const start: any = v[1];
  const end: any = v[2];
  let out: string;
  if (end < 0) {
    const temp = String(source).substr(start);
    out = temp.substr(0, temp.length + end);
  } else {
    out = String(source).substr(start, end);
  }
  charge(c, stringUnits(out.length));
  return out;
});

/** `in`: substring of a string or member of an array (strict equality). Scanning draws on the budget. */
function inValue(a: unknown, b: any, c: Parameters<typeof charge>[0]): boolean {
  if (!b || typeof b.indexOf === 'undefined') return false;
  if (typeof b.length === 'number') charge(c, stringUnits(b.length));
  return b.indexOf(a) !== -1;
}

/** Hay lists longer than this are turned into a Set at compile time. */
const SET_THRESHOLD = 8;

function isPlainPrimitive(v: unknown): boolean {
  return v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && !Number.isNaN(v));
}

/**
 * A constant haystack (the common `{"in": [{"var": "country"}, ["DE", "AT"]]}`) is used in place: it
 * never leaves the operator, so it needs no per-call copy, and a long list of primitives becomes a Set
 * (same answers as indexOf's strict equality once NaN is excluded).
 */
function constHay(hay: unknown, needle: Fn): Fn | null {
  if (typeof hay === 'string') {
    const units = stringUnits(hay.length);
    return (d, c) => {
      const a = needle(d, c);
      if (units) charge(c, units);
      return hay.indexOf(a as string) !== -1;
    };
  }
  if (!Array.isArray(hay)) return null;
  if (hay.length > SET_THRESHOLD && hay.every(isPlainPrimitive)) {
    const set = new Set(hay);
    return (d, c) => set.has(needle(d, c));
  }
  if (!hay.every(isPlainPrimitive)) return null;
  return (d, c) => hay.indexOf(needle(d, c)) !== -1;
}

const inOp: OpSpec = {
  compile({ args, isConst, constValue }) {
    if (args.length === 2 && isConst(1)) {
      const fast = constHay(constValue(1), args[0]);
      if (fast) return fast;
    }
    if (args.length === 2) {
      const [x, y] = args;
      return (d, c) => {
        const a = x(d, c);
        return inValue(a, y(d, c), c);
      };
    }
    return (d, c) => {
      const v = evalAll(args, d, c);
      return inValue(v[0], v[1], c);
    };
  },
};

export const stringOps: Record<string, OpSpec> = { cat, substr, in: inOp };
