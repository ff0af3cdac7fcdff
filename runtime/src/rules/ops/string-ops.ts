/* eslint-disable @typescript-eslint/no-explicit-any -- mirrors json-logic-js's loose string handling. */
import { charge, stringUnits } from '../eval-context.js';
import type { Fn } from '../eval-context.js';
import { staticVar } from './data-ops.js';
import { eager, evalAll, type OpSpec } from './op-spec.js';

/** One `cat` operand as Array.prototype.join('') renders it: null and undefined become ''. */
function piece(v: unknown): string {
  return v === null || v === undefined ? '' : typeof v === 'string' ? v : String(v);
}

/** `cat` concatenates without an intermediate array; the output size draws on the budget. */
const cat: OpSpec = {
  compile({ args }) {
    if (args.length === 3) {
      const [x, y, z] = args;
      return (d, c) => {
        const s = piece(x(d, c)) + piece(y(d, c)) + piece(z(d, c));
        if (s.length > 15) charge(c, stringUnits(s.length));
        return s;
      };
    }
    return (d, c) => {
      let s = '';
      for (let i = 0; i < args.length; i++) s += piece(args[i](d, c));
      if (s.length > 15) charge(c, stringUnits(s.length));
      return s;
    };
  },
};

/** `substr` with PHP-style negative length, exactly as json-logic-js. */
const substr: OpSpec = {
  compile(node) {
    const { args } = node;
    if (args.length !== 3) return eager((v, _d, c) => substrOf(v[0], v[1], v[2], c)).compile(node);
    const [x, y, z] = args;
    return (d, c) => {
      const source = x(d, c);
      const start = y(d, c);
      return substrOf(source, start, z(d, c), c);
    };
  },
};

function substrOf(source: any, start: any, end: any, c: Parameters<typeof charge>[0]): string {
  let out: string;
  if (end < 0) {
    const temp = String(source).substr(start);
    out = temp.substr(0, temp.length + end);
  } else {
    out = String(source).substr(start, end);
  }
  if (out.length > 15) charge(c, stringUnits(out.length));
  return out;
}

/** `in`: substring of a string or member of an array (strict equality). Scanning draws on the budget. */
function inValue(a: unknown, b: any, c: Parameters<typeof charge>[0]): boolean {
  if (Array.isArray(b)) {
    if (b.length > 15) charge(c, stringUnits(b.length));
    return b.indexOf(a) !== -1;
  }
  if (!b || typeof b.indexOf === 'undefined') return false;
  if (typeof b.length === 'number' && b.length > 15) charge(c, stringUnits(b.length));
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
function constHay(hay: unknown, needle: Fn, v: ReturnType<typeof staticVar>): Fn | null {
  if (v && Array.isArray(hay)) {
    // The common `{"in": [{"var": "shipTo.country"}, [...]]}`: read the path inline.
    const { k0, k1, nf, r1, r2 } = v;
    if (hay.length > SET_THRESHOLD && hay.every(isPlainPrimitive)) {
      const set = new Set(hay);
      return k1 === undefined ? (d) => set.has(r1(d, k0, nf)) : (d) => set.has(r2(d, k0, k1, nf));
    }
    return k1 === undefined ? (d) => hay.indexOf(r1(d, k0, nf)) !== -1 : (d) => hay.indexOf(r2(d, k0, k1, nf)) !== -1;
  }
  // A constant haystack is bounded by the rule size limit, so scanning it is not charged. An empty string
  // is falsy: json-logic-js answers false without converting the needle (which may not convert).
  if (hay === '') return (d, c) => (needle(d, c), false);
  if (typeof hay === 'string') return (d, c) => hay.indexOf(needle(d, c) as string) !== -1;
  if (!Array.isArray(hay)) return null;
  if (hay.length > SET_THRESHOLD && hay.every(isPlainPrimitive)) {
    const set = new Set(hay);
    return (d, c) => set.has(needle(d, c));
  }
  // json-logic-js rebuilds the array per call, so a needle can never be one of its nested arrays; ours
  // is never handed out either, so searching it in place gives the same answers.
  return (d, c) => hay.indexOf(needle(d, c)) !== -1;
}

const inOp: OpSpec = {
  compile(node) {
    const { args, isConst, constValue } = node;
    if (args.length === 2 && isConst(1)) {
      const fast = constHay(constValue(1), args[0], staticVar(node, 0));
      if (fast) return fast;
    }
    const hayVar = args.length === 2 && isConst(0) ? staticVar(node, 1) : null;
    if (hayVar) {
      // `{"in": ["vip", {"var": "customer.tags"}]}`: a constant needle in a list read inline.
      const a = constValue(0);
      const { k0, k1, nf, r1, r2 } = hayVar;
      return k1 === undefined ? (d, c) => inValue(a, r1(d, k0, nf), c) : (d, c) => inValue(a, r2(d, k0, k1, nf), c);
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
