/* eslint-disable @typescript-eslint/no-explicit-any -- JSON Logic comparisons are JavaScript's loose ones on purpose. */
import type { Fn } from '../eval-context.js';
import { staticDeepVar, staticVar, type StaticVar } from './data-ops.js';
import { getPath } from '../var-path.js';
import { evalAll, type NodeInfo, type OpSpec } from './op-spec.js';
import type { EvalCtx as EvalEnvCtx } from '../eval-context.js';
import { LIGHT_TEXT, weighText, weighed } from '../weigh.js';

/**
 * Free-to-convert test, written out here rather than imported: module bindings cost a call in some
 * loaders, and this sits on every comparison's path. Same rule as weigh.ts `light`.
 */
const cheap = (v: unknown): boolean =>
  typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined || (typeof v === 'string' && v.length <= 64); // weigh.ts LIGHT_TEXT


type Binary = (a: any, b: any) => unknown;

/** A two-operand operator; extra operands are still evaluated (json-logic-js evaluates them all). */
export function binary(fn: Binary): OpSpec {
  return {
    compile({ args }) {
      if (args.length === 2) {
        const [x, y] = args;
        return (d, c) => fn(w(x(d, c), c), w(y(d, c), c));
      }
      return (d, c) => {
        const v = evalAll(args, d, c);
        return fn(w(v[0], c), w(v[1], c));
      };
    },
  };
}

/** A constant primitive operand (most comparisons are `{var} op literal`). */
function constPrimitive(node: NodeInfo, i: number): { value: any } | null {
  if (!node.isConst(i)) return null;
  const v = node.constValue(i);
  // A long constant string costs a conversion per evaluation too: it takes the charged general shape.
  return cheap(v) ? { value: v } : null;
}

/** Charge the conversion of an operand (free for numbers, booleans, null and short strings). */
const w = <T>(v: T, c: EvalEnvCtx): T => (cheap(v) ? v : weighed(v, c));

/**
 * Each comparison gets its own closure literals (rather than one shared wrapper calling a comparator),
 * so the comparison is inline and each literal's call sites see fewer targets. The very common
 * "static var vs literal" shape reads the path with a direct (inlinable) call and no var closure.
 */
type Shapes = {
  fn: Binary;
  dyn: (x: Fn, y: Fn) => Fn;
  rightConst: (x: Fn, k: any) => Fn;
  var1: (r1: StaticVar['r1'], k0: string, nf: unknown, k: any) => Fn;
  var2: (r2: StaticVar['r2'], k0: string, k1: string, nf: unknown, k: any) => Fn;
  varN: (segs: readonly string[], nf: unknown, k: any) => Fn;
};

function comparison(shapes: Shapes): OpSpec {
  return {
    compile(node) {
      const { args } = node;
      if (args.length !== 2) return binary(shapes.fn).compile(node);
      const k = constPrimitive(node, 1);
      if (!k) return shapes.dyn(args[0], args[1]);
      const v = staticVar(node, 0);
      if (!v) {
        const deep = staticDeepVar(node, 0);
        return deep ? shapes.varN(deep.segs, deep.nf, k.value) : shapes.rightConst(args[0], k.value);
      }
      return v.k1 === undefined ? shapes.var1(v.r1, v.k0, v.nf, k.value) : shapes.var2(v.r2, v.k0, v.k1, v.nf, k.value);
    },
  };
}

const eqShapes: Shapes = {
  fn: (a, b) => a == b,
  dyn: (x, y) => (d, c) => (w(x(d, c), c) as any) == (w(y(d, c), c) as any),
  rightConst: (x, k) => (d, c) => (w(x(d, c), c) as any) == k,
  var1: (r1, k0, nf, k) => (d, c) => (w(r1(d, k0, nf), c) as any) == k,
  var2: (r2, k0, k1, nf, k) => (d, c) => (w(r2(d, k0, k1, nf), c) as any) == k,
  varN: (segs, nf, k) => (d, c) => (w(getPath(d, segs, nf), c) as any) == k,
};
const neShapes: Shapes = {
  fn: (a, b) => a != b,
  dyn: (x, y) => (d, c) => (w(x(d, c), c) as any) != (w(y(d, c), c) as any),
  rightConst: (x, k) => (d, c) => (w(x(d, c), c) as any) != k,
  var1: (r1, k0, nf, k) => (d, c) => (w(r1(d, k0, nf), c) as any) != k,
  var2: (r2, k0, k1, nf, k) => (d, c) => (w(r2(d, k0, k1, nf), c) as any) != k,
  varN: (segs, nf, k) => (d, c) => (w(getPath(d, segs, nf), c) as any) != k,
};
const gtShapes: Shapes = {
  fn: (a, b) => a > b,
  dyn: (x, y) => (d, c) => (w(x(d, c), c) as any) > (w(y(d, c), c) as any),
  rightConst: (x, k) => (d, c) => (w(x(d, c), c) as any) > k,
  var1: (r1, k0, nf, k) => (d, c) => (w(r1(d, k0, nf), c) as any) > k,
  var2: (r2, k0, k1, nf, k) => (d, c) => (w(r2(d, k0, k1, nf), c) as any) > k,
  varN: (segs, nf, k) => (d, c) => (w(getPath(d, segs, nf), c) as any) > k,
};
const geShapes: Shapes = {
  fn: (a, b) => a >= b,
  dyn: (x, y) => (d, c) => (w(x(d, c), c) as any) >= (w(y(d, c), c) as any),
  rightConst: (x, k) => (d, c) => (w(x(d, c), c) as any) >= k,
  var1: (r1, k0, nf, k) => (d, c) => (w(r1(d, k0, nf), c) as any) >= k,
  var2: (r2, k0, k1, nf, k) => (d, c) => (w(r2(d, k0, k1, nf), c) as any) >= k,
  varN: (segs, nf, k) => (d, c) => (w(getPath(d, segs, nf), c) as any) >= k,
};
const ltShapes: Shapes = {
  fn: (a, b) => a < b,
  dyn: (x, y) => (d, c) => (w(x(d, c), c) as any) < (w(y(d, c), c) as any),
  rightConst: (x, k) => (d, c) => (w(x(d, c), c) as any) < k,
  var1: (r1, k0, nf, k) => (d, c) => (w(r1(d, k0, nf), c) as any) < k,
  var2: (r2, k0, k1, nf, k) => (d, c) => (w(r2(d, k0, k1, nf), c) as any) < k,
  varN: (segs, nf, k) => (d, c) => (w(getPath(d, segs, nf), c) as any) < k,
};
const leShapes: Shapes = {
  fn: (a, b) => a <= b,
  dyn: (x, y) => (d, c) => (w(x(d, c), c) as any) <= (w(y(d, c), c) as any),
  rightConst: (x, k) => (d, c) => (w(x(d, c), c) as any) <= k,
  var1: (r1, k0, nf, k) => (d, c) => (w(r1(d, k0, nf), c) as any) <= k,
  var2: (r2, k0, k1, nf, k) => (d, c) => (w(r2(d, k0, k1, nf), c) as any) <= k,
  varN: (segs, nf, k) => (d, c) => (w(getPath(d, segs, nf), c) as any) <= k,
};
const seqShapes: Shapes = {
  fn: (a, b) => a === b,
  dyn: (x, y) => (d, c) => {
    const a = x(d, c);
    const b = y(d, c);
    if (typeof a === 'string' && typeof b === 'string' && a.length > LIGHT_TEXT && a.length === b.length) weighText(a, c);
    return a === b;
  },
  // Against a short constant a long string differs by length at once: nothing to charge.
  rightConst: (x, k) => (d, c) => (x(d, c) as any) === k,
  var1: (r1, k0, nf, k) => (d) => (r1(d, k0, nf) as any) === k,
  var2: (r2, k0, k1, nf, k) => (d) => (r2(d, k0, k1, nf) as any) === k,
  varN: (segs, nf, k) => (d) => (getPath(d, segs, nf) as any) === k,
};
const sneShapes: Shapes = {
  fn: (a, b) => a !== b,
  dyn: (x, y) => (d, c) => {
    const a = x(d, c);
    const b = y(d, c);
    if (typeof a === 'string' && typeof b === 'string' && a.length > LIGHT_TEXT && a.length === b.length) weighText(a, c);
    return a !== b;
  },
  // Against a short constant a long string differs by length at once: nothing to charge.
  rightConst: (x, k) => (d, c) => (x(d, c) as any) !== k,
  var1: (r1, k0, nf, k) => (d) => (r1(d, k0, nf) as any) !== k,
  var2: (r2, k0, k1, nf, k) => (d) => (r2(d, k0, k1, nf) as any) !== k,
  varN: (segs, nf, k) => (d) => (getPath(d, segs, nf) as any) !== k,
};

/** < and <= accept a third operand: `a < b < c` (between, exclusive / inclusive). */
function between(shapes: Shapes): OpSpec {
  const two = comparison(shapes);
  const lt = shapes.fn;
  return {
    compile(node) {
      const { args } = node;
      if (args.length === 2) return two.compile(node);
      if (args.length === 3) {
        const [x, y, z] = args;
        return (d, c) => {
          const a = w(x(d, c), c);
          const b = w(y(d, c), c);
          const e = w(z(d, c), c);
          return e === undefined ? lt(a, b) : lt(a, b) && lt(b, e);
        };
      }
      return (d, c) => {
        const v = evalAll(args, d, c).map((x) => w(x, c));
        return v[2] === undefined ? lt(v[0], v[1]) : lt(v[0], v[1]) && lt(v[1], v[2]);
      };
    },
  };
}

export const compareOps: Record<string, OpSpec> = {
  '==': comparison(eqShapes),
  '===': comparison(seqShapes),
  '!=': comparison(neShapes),
  '!==': comparison(sneShapes),
  '>': comparison(gtShapes),
  '>=': comparison(geShapes),
  '<': between(ltShapes),
  '<=': between(leShapes),
};
