import { charge, type EvalCtx, type Fn } from '../eval-context.js';
import { truthy } from '../truthy.js';
import type { NodeInfo, OpSpec } from './op-spec.js';

/**
 * Iteration operators evaluate their second argument once per item with the item as data.
 * Each iteration charges the size of that body (at least 1) against the shared budget, so the
 * budget bounds the total sub-rule evaluations inside loops, however they are nested.
 */
function iteration(loop: (items: unknown[], body: Fn, weight: number, c: EvalCtx) => unknown, empty: unknown): OpSpec {
  return {
    compile(node: NodeInfo) {
      const src = node.arg(0);
      const body = node.arg(1);
      const weight = Math.max(1, node.cost(1));
      return (d, c) => {
        const items = src(d, c);
        if (!Array.isArray(items)) return typeof empty === 'function' ? (empty as () => unknown)() : empty;
        return loop(items, body, weight, c);
      };
    },
  };
}

const map = iteration((items, body, w, c) => {
  const out = new Array<unknown>(items.length);
  for (let i = 0; i < items.length; i++) {
    charge(c, w);
    out[i] = body(items[i], c);
  }
  return out;
}, () => []);

const filter = iteration((items, body, w, c) => {
  const out: unknown[] = [];
  for (let i = 0; i < items.length; i++) {
    charge(c, w);
    if (truthy(body(items[i], c))) out.push(items[i]);
  }
  return out;
}, () => []);

// json-logic-js quirk kept: `all` of an empty list is false; `some` false; `none` true.
const all = iteration((items, body, w, c) => {
  if (items.length === 0) return false;
  for (let i = 0; i < items.length; i++) {
    charge(c, w);
    if (!truthy(body(items[i], c))) return false;
  }
  return true;
}, false);

const some = iteration((items, body, w, c) => {
  for (let i = 0; i < items.length; i++) {
    charge(c, w);
    if (truthy(body(items[i], c))) return true;
  }
  return false;
}, false);

const none = iteration((items, body, w, c) => {
  for (let i = 0; i < items.length; i++) {
    charge(c, w);
    if (truthy(body(items[i], c))) return false;
  }
  return true;
}, true);

/** reduce: the body sees `{current, accumulator}`; no initial value means null. */
const reduce: OpSpec = {
  compile(node) {
    const src = node.arg(0);
    const body = node.arg(1);
    const init: Fn = node.raw.length > 2 && node.raw[2] !== undefined ? node.arg(2) : () => null;
    const weight = Math.max(1, node.cost(1));
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
