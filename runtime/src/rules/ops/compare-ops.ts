/* eslint-disable @typescript-eslint/no-explicit-any -- JSON Logic comparisons are JavaScript's loose ones on purpose. */
import { evalAll, type OpSpec } from './op-spec.js';

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

/** < and <= accept a third operand: `a < b < c` (between, exclusive / inclusive). */
function between(lt: Binary): OpSpec {
  return {
    compile({ args }) {
      if (args.length === 2) {
        const [x, y] = args;
        return (d, c) => lt(x(d, c), y(d, c));
      }
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
  '==': binary((a, b) => a == b),
  '===': binary((a, b) => a === b),
  '!=': binary((a, b) => a != b),
  '!==': binary((a, b) => a !== b),
  '>': binary((a, b) => a > b),
  '>=': binary((a, b) => a >= b),
  '<': between((a, b) => a < b),
  '<=': between((a, b) => a <= b),
};
