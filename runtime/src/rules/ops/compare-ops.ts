/* eslint-disable @typescript-eslint/no-explicit-any -- JSON Logic comparisons are JavaScript's loose ones on purpose. */
import type { Fn } from '../eval-context.js';
import { evalAll, type NodeInfo, type OpSpec } from './op-spec.js';

type Binary = (a: any, b: any) => unknown;

/** A two-operand operator; extra operands are still evaluated (json-logic-js evaluates them all). */
export function binary(fn: Binary): OpSpec {
  return {
    compile({ args }) {
      if (args.length === 2) {
        const [x, y] = args;
        return (d, c) => fn(x(d, c), y(d, c));
      }
      return (d, c) => {
        const v = evalAll(args, d, c);
        return fn(v[0], v[1]);
      };
    },
  };
}

/** A constant primitive operand (most comparisons are `{var} op literal`). */
function constPrimitive(node: NodeInfo, i: number): { value: any } | null {
  if (!node.isConst(i)) return null;
  const v = node.constValue(i);
  return v === null || typeof v !== 'object' ? { value: v } : null;
}

/**
 * Each comparison gets its own closure literals (rather than one shared wrapper calling a comparator),
 * so the comparison is inline and each literal's call sites see fewer targets; the very common
 * "operand vs literal" shape skips a call for the literal.
 */
type Shapes = {
  dyn: (x: Fn, y: Fn) => Fn;
  rightConst: (x: Fn, k: any) => Fn;
  fn: Binary;
};

function comparison(shapes: Shapes): OpSpec {
  return {
    compile(node) {
      const { args } = node;
      if (args.length !== 2) return binary(shapes.fn).compile(node);
      const k = constPrimitive(node, 1);
      return k ? shapes.rightConst(args[0], k.value) : shapes.dyn(args[0], args[1]);
    },
  };
}

const eq = comparison({ fn: (a, b) => a == b, dyn: (x, y) => (d, c) => (x(d, c) as any) == y(d, c), rightConst: (x, k) => (d, c) => (x(d, c) as any) == k });
const seq = comparison({ fn: (a, b) => a === b, dyn: (x, y) => (d, c) => x(d, c) === y(d, c), rightConst: (x, k) => (d, c) => x(d, c) === k });
const ne = comparison({ fn: (a, b) => a != b, dyn: (x, y) => (d, c) => (x(d, c) as any) != y(d, c), rightConst: (x, k) => (d, c) => (x(d, c) as any) != k });
const sne = comparison({ fn: (a, b) => a !== b, dyn: (x, y) => (d, c) => x(d, c) !== y(d, c), rightConst: (x, k) => (d, c) => x(d, c) !== k });
const gt = comparison({ fn: (a, b) => a > b, dyn: (x, y) => (d, c) => (x(d, c) as any) > (y(d, c) as any), rightConst: (x, k) => (d, c) => (x(d, c) as any) > k });
const ge = comparison({ fn: (a, b) => a >= b, dyn: (x, y) => (d, c) => (x(d, c) as any) >= (y(d, c) as any), rightConst: (x, k) => (d, c) => (x(d, c) as any) >= k });

/** < and <= accept a third operand: `a < b < c` (between, exclusive / inclusive). */
function between(lt: Binary, shapes: Omit<Shapes, 'fn'>): OpSpec {
  const two = comparison({ fn: lt, ...shapes });
  return {
    compile(node) {
      const { args } = node;
      if (args.length === 2) return two.compile(node);
      if (args.length === 3) {
        const [x, y, z] = args;
        return (d, c) => {
          const a = x(d, c);
          const b = y(d, c);
          const e = z(d, c);
          return e === undefined ? lt(a, b) : lt(a, b) && lt(b, e);
        };
      }
      return (d, c) => {
        const v = evalAll(args, d, c);
        return v[2] === undefined ? lt(v[0], v[1]) : lt(v[0], v[1]) && lt(v[1], v[2]);
      };
    },
  };
}

export const compareOps: Record<string, OpSpec> = {
  '==': eq,
  '===': seq,
  '!=': ne,
  '!==': sne,
  '>': gt,
  '>=': ge,
  '<': between((a, b) => a < b, { dyn: (x, y) => (d, c) => (x(d, c) as any) < (y(d, c) as any), rightConst: (x, k) => (d, c) => (x(d, c) as any) < k }),
  '<=': between((a, b) => a <= b, { dyn: (x, y) => (d, c) => (x(d, c) as any) <= (y(d, c) as any), rightConst: (x, k) => (d, c) => (x(d, c) as any) <= k }),
};
