import { truthy } from '../truthy.js';
import { staticVar } from './data-ops.js';
import type { Fn } from '../eval-context.js';
import type { OpSpec } from './op-spec.js';

/** if / ?: — pairs of (condition, consequent), optional else; no else gives null. */
const ifOp: OpSpec = {
  compile({ args }) {
    if (args.length === 3) {
      const [c0, t, e] = args;
      return (d, c) => (truthy(c0(d, c)) ? t(d, c) : e(d, c));
    }
    const n = args.length;
    return (d, c) => {
      let i = 0;
      for (; i < n - 1; i += 2) if (truthy(args[i](d, c))) return args[i + 1](d, c);
      return n === i + 1 ? args[i](d, c) : null;
    };
  },
};

/** and: first falsy operand, or the last one (undefined with no operands). */
const andOp: OpSpec = {
  compile({ args }) {
    if (args.length === 2) {
      const [a, b] = args;
      return (d, c) => {
        const v = a(d, c);
        return truthy(v) ? b(d, c) : v;
      };
    }
    if (args.length === 3) {
      const [a, b, e] = args;
      return (d, c) => {
        const v = a(d, c);
        if (!truthy(v)) return v;
        const w = b(d, c);
        return truthy(w) ? e(d, c) : w;
      };
    }
    return (d, c) => {
      let v: unknown;
      for (let i = 0; i < args.length; i++) {
        v = args[i](d, c);
        if (!truthy(v)) return v;
      }
      return v;
    };
  },
};

/** or: first truthy operand, or the last one. */
const orOp: OpSpec = {
  compile({ args }) {
    if (args.length === 2) {
      const [a, b] = args;
      return (d, c) => {
        const v = a(d, c);
        return truthy(v) ? v : b(d, c);
      };
    }
    if (args.length === 3) {
      const [a, b, e] = args;
      return (d, c) => {
        const v = a(d, c);
        if (truthy(v)) return v;
        const w = b(d, c);
        return truthy(w) ? w : e(d, c);
      };
    }
    return (d, c) => {
      let v: unknown;
      for (let i = 0; i < args.length; i++) {
        v = args[i](d, c);
        if (truthy(v)) return v;
      }
      return v;
    };
  },
};

/** ! and !! look at the first argument only, but (like json-logic-js) every argument is evaluated. */
function unaryTruth(negate: boolean): OpSpec {
  return {
    compile(node) {
      const { args, arg } = node;
      const first: Fn = arg(0);
      const rest = args.slice(1);
      const v = rest.length === 0 ? staticVar(node, 0) : null;
      if (v) {
        const { k0, k1, nf, r1, r2 } = v;
        if (k1 === undefined) return negate ? (d) => !truthy(r1(d, k0, nf)) : (d) => truthy(r1(d, k0, nf));
        return negate ? (d) => !truthy(r2(d, k0, k1, nf)) : (d) => truthy(r2(d, k0, k1, nf));
      }
      if (rest.length === 0) return negate ? (d, c) => !truthy(first(d, c)) : (d, c) => truthy(first(d, c));
      return (d, c) => {
        const v = first(d, c);
        for (const r of rest) r(d, c);
        return negate ? !truthy(v) : truthy(v);
      };
    },
  };
}

export const logicOps: Record<string, OpSpec> = {
  if: ifOp,
  '?:': ifOp,
  and: andOp,
  or: orOp,
  '!': unaryTruth(true),
  '!!': unaryTruth(false),
};
