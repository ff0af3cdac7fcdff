/* eslint-disable @typescript-eslint/no-explicit-any -- JSON Logic arithmetic coerces like JavaScript on purpose. */
import { binary } from './compare-ops.js';
import { eager, evalAll, type OpSpec } from './op-spec.js';
import type { EvalCtx } from '../eval-context.js';
import { weighed } from '../weigh.js';

/**
 * Free-to-convert test, written out here rather than imported: module bindings cost a call in some
 * loaders, and this sits on every comparison's path. Same rule as weigh.ts `light`.
 */
const cheap = (v: unknown): boolean =>
  typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined || (typeof v === 'string' && v.length <= 64); // weigh.ts LIGHT_TEXT


/**
 * json-logic-js coerces with `parseFloat` (so "3.5kg" is 3.5 and true is NaN). For numbers parseFloat is
 * the identity except that -0 becomes 0; skipping the string round trip keeps the hot path fast.
 */
export function num(x: unknown): number {
  return typeof x === 'number' ? (x === 0 ? 0 : x) : parseFloat(x as string);
}

/** `num` that charges the conversion of a long string or an array first. */
export function numc(x: unknown, c: EvalCtx): number {
  return typeof x === 'number' ? (x === 0 ? 0 : x) : parseFloat(weighed(x, c) as string);
}

const w = <T>(v: T, c: EvalCtx): T => (cheap(v) ? v : weighed(v, c));

function weighAll(v: unknown[], c: EvalCtx): unknown[] {
  for (let i = 0; i < v.length; i++) if (!cheap(v[i])) weighed(v[i], c);
  return v;
}

const plus: OpSpec = {
  compile({ args }) {
    if (args.length === 2) {
      const [x, y] = args;
      return (d, c) => {
        // (0 + a) first: the reduce starts from 0, which also turns a -0 operand into 0.
        const a = 0 + numc(x(d, c), c);
        return a + numc(y(d, c), c);
      };
    }
    return (d, c) => {
      let acc: unknown = 0;
      for (let i = 0; i < args.length; i++) acc = num(acc) + numc(args[i](d, c), c);
      return acc;
    };
  },
};

/** `*` reduces without an initial value: one operand comes back unchanged, none is an error. */
const times: OpSpec = {
  minArgs: 1,
  compile({ args }) {
    if (args.length === 2) {
      const [x, y] = args;
      return (d, c) => {
        const a = x(d, c);
        return numc(a, c) * numc(y(d, c), c);
      };
    }
    return (d, c) => {
      let acc: unknown = args[0](d, c);
      for (let i = 1; i < args.length; i++) acc = numc(acc, c) * numc(args[i](d, c), c);
      return acc;
    };
  },
};

/** `-` with one operand (or an undefined second one) is unary minus. */
const minus: OpSpec = {
  compile({ args }) {
    if (args.length === 1) {
      const [x] = args;
      return (d, c) => -(w(x(d, c), c) as any);
    }
    if (args.length === 2) {
      const [x, y] = args;
      return (d, c) => {
        const a: any = w(x(d, c), c);
        const b: any = w(y(d, c), c);
        return b === undefined ? -a : a - b;
      };
    }
    return (d, c) => {
      const v: any[] = evalAll(args, d, c).map((x) => w(x, c));
      return v[1] === undefined ? -v[0] : v[0] - v[1];
    };
  },
};

/**
 * `min` / `max` over up to three operands without an argument list or `apply`: every operand is evaluated
 * first, then each is weighed (the order the general path charges in), then compared.
 */
function extremum(m: (...xs: number[]) => number): OpSpec {
  const general = eager((v, _d, c) => m.apply(null, weighAll(v, c) as number[]));
  return {
    compile(node) {
      const { args } = node;
      if (args.length === 1) {
        const [x] = args;
        return (d, c) => m(w(x(d, c), c) as any);
      }
      if (args.length === 2) {
        const [x, y] = args;
        return (d, c) => {
          const a = x(d, c);
          const b = y(d, c);
          return m(w(a, c) as any, w(b, c) as any);
        };
      }
      if (args.length === 3) {
        const [x, y, z] = args;
        return (d, c) => {
          const a = x(d, c);
          const b = y(d, c);
          const e = z(d, c);
          return m(w(a, c) as any, w(b, c) as any, w(e, c) as any);
        };
      }
      return general.compile(node);
    },
  };
}

export const mathOps: Record<string, OpSpec> = {
  '+': plus,
  '*': times,
  '-': minus,
  '/': binary((a, b) => a / b),
  '%': binary((a, b) => a % b),
  min: extremum(Math.min),
  max: extremum(Math.max),
};
