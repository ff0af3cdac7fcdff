/* eslint-disable @typescript-eslint/no-explicit-any -- mirrors json-logic-js's loose string handling. */
import { budgetError, charge, stringUnits } from '../eval-context.js';
import { RuleError } from '../types.js';
import type { EvalCtx, Fn } from '../eval-context.js';
import { LIGHT_TEXT, sizeUnits, weighed } from '../weigh.js';

/**
 * Free-to-convert test, written out here rather than imported: module bindings cost a call in some
 * loaders, and this sits on every comparison's path. Same rule as weigh.ts `light`.
 */
const cheap = (v: unknown): boolean =>
  typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined || (typeof v === 'string' && v.length <= 64); // weigh.ts LIGHT_TEXT

import { staticVar } from './data-ops.js';
import { eager, evalAll, type NodeInfo, type OpSpec } from './op-spec.js';
import { read1, read2 } from '../var-path.js';

/** One `cat` operand as Array.prototype.join('') renders it: null and undefined become ''. */
function piece(v: unknown): string {
  return v === null || v === undefined ? '' : typeof v === 'string' ? v : String(v);
}

/** Units to build one `cat` piece: its text length, or (an array) the size of its conversion. */
function pieceUnits(v: unknown, c: EvalCtx): number {
  if (typeof v === 'string') return v.length;
  return typeof v === 'object' && v !== null ? sizeUnits(v, c.budget) * 16 : 0;
}

/** Charge the output of a `cat` before building it (short results are free). */
function chargeCat(units: number, c: EvalCtx): void {
  if (units > 15) charge(c, stringUnits(units));
}

/** `cat` concatenates without an intermediate array; the output size draws on the budget before it exists. */
const cat: OpSpec = {
  compile({ args }) {
    if (args.length === 3) {
      const [x, y, z] = args;
      return (d, c) => {
        const a = x(d, c);
        const b = y(d, c);
        const e = z(d, c);
        chargeCat(pieceUnits(a, c) + pieceUnits(b, c) + pieceUnits(e, c), c);
        return piece(a) + piece(b) + piece(e);
      };
    }
    // One pass: each piece's size is checked against what is left of the budget before it is appended.
    return (d, c) => {
      let s = '';
      for (let i = 0; i < args.length; i++) {
        const v = args[i](d, c);
        const units = pieceUnits(v, c);
        if (units > 15 && stringUnits(s.length + units) > c.budget) throw budgetError();
        s += piece(v);
      }
      chargeCat(s.length, c);
      return s;
    };
  },
};

/** `substr` with PHP-style negative length, exactly as json-logic-js. */
const substr: OpSpec = {
  compile(node) {
    const { args } = node;
    if (args.length === 2) {
      // `{"substr": [text, 1]}`: to the end; a constant number start needs no conversion (nor its charge).
      const [x, y] = args;
      const start = node.isConst(1) ? node.constValue(1) : undefined;
      if (typeof start === 'number') {
        return (d, c) => {
          const source = x(d, c);
          return String(cheap(source) ? source : weighed(source, c)).substr(start);
        };
      }
      return (d, c) => {
        const source = x(d, c);
        return substrOf(source, y(d, c), undefined, c);
      };
    }
    if (args.length !== 3) return eager((v, _d, c) => substrOf(v[0], v[1], v[2], c)).compile(node);
    const [x, y, z] = args;
    const start = node.isConst(1) ? node.constValue(1) : undefined;
    const len = node.isConst(2) ? node.constValue(2) : undefined;
    if (typeof start === 'number' && typeof len === 'number' && len >= 0) {
      // `{"substr": [text, 0, 1]}`: constant numbers need no conversion (nor its charge) per call.
      return (d, c) => {
        const source = x(d, c);
        return String(cheap(source) ? source : weighed(source, c)).substr(start, len);
      };
    }
    return (d, c) => {
      const source = x(d, c);
      const start = y(d, c);
      return substrOf(source, start, z(d, c), c);
    };
  },
};

/** The source is converted and scanned (and start / length converted) before anything is cut. */
function substrOf(source: any, start: any, end: any, c: EvalCtx): string {
  if (!cheap(source)) weighed(source, c);
  if (!cheap(start)) weighed(start, c);
  if (!cheap(end)) weighed(end, c);
  if (end < 0) {
    const temp = String(source).substr(start);
    return temp.substr(0, temp.length + end);
  }
  return String(source).substr(start, end);
}

/**
 * `in`: substring of a string or member of an array (strict equality). The scan draws on the budget before
 * it runs: a list by its length (and a long needle by the text it may compare), a text by its length and
 * the needle's conversion.
 */
function inValue(a: unknown, b: any, c: EvalCtx): boolean {
  if (Array.isArray(b)) {
    if (typeof a === 'string' && a.length > LIGHT_TEXT) charge(c, sizeUnits(b, c.budget) + stringUnits(a.length));
    else if (b.length > 15) charge(c, stringUnits(b.length));
    return b.indexOf(a) !== -1;
  }
  if (!b || typeof b.indexOf === 'undefined') return false;
  if (typeof b.indexOf !== 'function') {
    // A data object with an `indexOf` key: json-logic-js fails here too, with a native TypeError.
    throw new RuleError('rule.evaluation-failed', '`in` needs a text or a list to search', '', { detail: 'TypeError' });
  }
  if (typeof b.length === 'number' && b.length > 15) charge(c, stringUnits(b.length));
  if (!cheap(a)) weighed(a, c);
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
  if (typeof hay === 'string') {
    return (d, c) => {
      const a = needle(d, c);
      return hay.indexOf((cheap(a) ? a : weighed(a, c)) as string) !== -1;
    };
  }
  if (!Array.isArray(hay)) return null;
  if (hay.length > SET_THRESHOLD && hay.every(isPlainPrimitive)) {
    const set = new Set(hay);
    return (d, c) => set.has(needle(d, c));
  }
  // json-logic-js rebuilds the array per call, so a needle can never be one of its nested arrays; ours
  // is never handed out either, so searching it in place gives the same answers.
  return (d, c) => hay.indexOf(needle(d, c)) !== -1;
}

/**
 * `{"in": [needle, {"map": [{"var": list}, {"var": field}]}]}` ("is this SKU among the lines' SKUs") searches
 * the list in place instead of building the mapped list first. Same answers (strict equality on the read
 * field) and the same charges: map's one unit per item and `in`'s scan, taken up front — the field read
 * does no other work, so aborting before or during the loop is the same outcome. A long text needle (charged
 * by the list's content) takes the general path.
 */
function inMappedField(node: NodeInfo): Fn | null {
  const m = node.raw[1];
  if (node.tracing || typeof m !== 'object' || m === null || Array.isArray(m)) return null;
  const keys = Object.keys(m);
  const margs = (m as { map?: unknown }).map;
  if (keys.length !== 1 || keys[0] !== 'map' || !Array.isArray(margs) || margs.length !== 2) return null;
  const inner = { raw: margs, tracing: false } as unknown as NodeInfo;
  const list = staticVar(inner, 0);
  const field = staticVar(inner, 1);
  if (!list || !field) return null;
  const needle = node.args[0];
  const general = node.args[1];
  const { k0, k1, nf, r1, r2 } = list;
  const f0 = field.k0;
  const f1 = field.k1;
  const fnf = field.nf;
  return (d, c) => {
    const a = needle(d, c);
    if (typeof a === 'string' && a.length > LIGHT_TEXT) return inValue(a, general(d, c), c);
    const items = k1 === undefined ? r1(d, k0, nf) : r2(d, k0, k1, nf);
    if (!Array.isArray(items)) return false;
    const n = items.length;
    charge(c, n > 15 ? n + stringUnits(n) : n);
    for (let i = 0; i < n; i++) if ((f1 === undefined ? read1(items[i], f0, fnf) : read2(items[i], f0, f1, fnf)) === a) return true;
    return false;
  };
}

const inOp: OpSpec = {
  compile(node) {
    const { args, isConst, constValue } = node;
    const mapped = args.length === 2 ? inMappedField(node) : null;
    if (mapped) return mapped;
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
