import { RuleError } from '../types.js';
import type { EvalCtx, Fn } from '../eval-context.js';

/** What an operator's compiler sees about one rule node. */
export interface NodeInfo {
  /** JSON Pointer of the node inside the rule. */
  readonly path: string;
  readonly op: string;
  /** Raw argument rules (a non-array argument is wrapped, as json-logic-js does). */
  readonly raw: readonly unknown[];
  /** Compiled arguments, one per raw argument. */
  readonly args: readonly Fn[];
  /** True when compiling for trace mode: every operator node must stay a separate, recorded closure. */
  readonly tracing: boolean;
  /** True inside an iteration body, where the data is an item rather than the rule's input. */
  readonly scoped: boolean;
  /** Compiled argument i, or a closure returning undefined when it is absent. */
  arg(i: number): Fn;
  /** True when raw argument i contains no operator (its value never changes). */
  isConst(i: number): boolean;
  /** Value of a constant argument, as evaluation would produce it. */
  constValue(i: number): unknown;
  /** Operator nodes inside raw argument i (drives the per-iteration budget charge). */
  cost(i: number): number;
  fail(code: string, message: string, params?: Record<string, unknown>): never;
}

/** A compile-time operator: turns one node into a specialised closure. Registered under a stable key. */
export interface OpSpec {
  minArgs?: number;
  maxArgs?: number;
  compile(node: NodeInfo): Fn;
}

export const UNDEFINED_FN: Fn = () => undefined;

export function failAt(path: string, code: string, message: string, params: Record<string, unknown> = {}): never {
  throw new RuleError(code, message, path, params);
}

/**
 * An eager operator (all arguments evaluated first, as json-logic-js does for everything except
 * control flow and iteration). Small arities are specialised to avoid allocating per call beyond
 * what the operator itself needs.
 */
export function eager(fn: (args: unknown[], data: unknown, ctx: EvalCtx) => unknown, minArgs?: number, maxArgs?: number): OpSpec {
  return {
    minArgs,
    maxArgs,
    compile(node) {
      const a = node.args;
      switch (a.length) {
        case 0:
          return (d, c) => fn([], d, c);
        case 1: {
          const [a0] = a;
          return (d, c) => fn([a0(d, c)], d, c);
        }
        case 2: {
          const [a0, a1] = a;
          return (d, c) => fn([a0(d, c), a1(d, c)], d, c);
        }
        default:
          return (d, c) => {
            const vals = new Array<unknown>(a.length);
            for (let i = 0; i < a.length; i++) vals[i] = a[i](d, c);
            return fn(vals, d, c);
          };
      }
    },
  };
}

/** Evaluate all arguments into a fresh array. */
export function evalAll(args: readonly Fn[], d: unknown, c: EvalCtx): unknown[] {
  const vals = new Array<unknown>(args.length);
  for (let i = 0; i < args.length; i++) vals[i] = args[i](d, c);
  return vals;
}
