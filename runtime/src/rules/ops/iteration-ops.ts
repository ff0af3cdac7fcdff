import { charge, type EvalCtx, type Fn } from '../eval-context.js';
import { truthy } from '../truthy.js';
import { staticVar } from './data-ops.js';
import type { NodeInfo, OpSpec } from './op-spec.js';

/**
 * Iteration operators evaluate their second argument once per item with the item as data.
 * Each iteration charges the size of that body (at least 1) against the shared budget, so the
 * budget bounds the total sub-rule evaluations inside loops, however they are nested.
 * Each operator has its own loop literal (no shared loop callback) and reads a static source path
 * (`{"var": "lines"}`) inline.
 */
interface Loop {
  src: (d: unknown, c: EvalCtx) => unknown;
  body: Fn;
  weight: number;
}

function loopParts(node: NodeInfo): Loop {
  const v = staticVar(node, 0);
  const src = node.arg(0);
  const body = node.arg(1);
  const weight = Math.max(1, node.cost(1));
  if (!v) return { src, body, weight };
  const { k0, k1, nf, r1, r2 } = v;
  return { src: k1 === undefined ? (d) => r1(d, k0, nf) : (d) => r2(d, k0, k1, nf), body, weight };
}

const map: OpSpec = {
  compile(node) {
    const { src, body, weight } = loopParts(node);
    return (d, c) => {
      const items = src(d, c);
      if (!Array.isArray(items)) return [];
      const out = new Array<unknown>(items.length);
      for (let i = 0; i < items.length; i++) {
        charge(c, weight);
        out[i] = body(items[i], c);
      }
      return out;
    };
  },
};

const filter: OpSpec = {
  compile(node) {
    const { src, body, weight } = loopParts(node);
    return (d, c) => {
      const items = src(d, c);
      if (!Array.isArray(items)) return [];
      const out: unknown[] = [];
      for (let i = 0; i < items.length; i++) {
        charge(c, weight);
        if (truthy(body(items[i], c))) out.push(items[i]);
      }
      return out;
    };
  },
};

// json-logic-js quirk kept: `all` of an empty list is false; `some` false; `none` true.
const all: OpSpec = {
  compile(node) {
    const { src, body, weight } = loopParts(node);
    return (d, c) => {
      const items = src(d, c);
      if (!Array.isArray(items) || items.length === 0) return false;
      for (let i = 0; i < items.length; i++) {
        charge(c, weight);
        if (!truthy(body(items[i], c))) return false;
      }
      return true;
    };
  },
};

const some: OpSpec = {
  compile(node) {
    const { src, body, weight } = loopParts(node);
    return (d, c) => {
      const items = src(d, c);
      if (!Array.isArray(items)) return false;
      for (let i = 0; i < items.length; i++) {
        charge(c, weight);
        if (truthy(body(items[i], c))) return true;
      }
      return false;
    };
  },
};

const none: OpSpec = {
  compile(node) {
    const { src, body, weight } = loopParts(node);
    return (d, c) => {
      const items = src(d, c);
      if (!Array.isArray(items)) return true;
      for (let i = 0; i < items.length; i++) {
        charge(c, weight);
        if (truthy(body(items[i], c))) return false;
      }
      return true;
    };
  },
};

/** reduce: the body sees `{current, accumulator}`; no initial value means null. */
const reduce: OpSpec = {
  compile(node) {
    const { src, body, weight } = loopParts(node);
    const init: Fn = node.raw.length > 2 && node.raw[2] !== undefined ? node.arg(2) : () => null;
    return (d, c) => {
      const items = src(d, c);
      let acc = init(d, c);
      if (!Array.isArray(items)) return acc;
      for (let i = 0; i < items.length; i++) {
        charge(c, weight);
        acc = body({ current: items[i], accumulator: acc }, c);
      }
      return acc;
    };
  },
};

export const iterationOps: Record<string, OpSpec> = { map, filter, reduce, all, some, none };
