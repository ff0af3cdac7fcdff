import { pointerSegment } from '../core/issue.js';
import { charge, type Fn } from './eval-context.js';
import { countNodes, isLogic, opOf } from './limits.js';
import { UNDEFINED_FN, failAt, type NodeInfo, type OpSpec } from './ops/op-spec.js';
import { RuleError } from './types.js';

export interface CompileOptions {
  ops: ReadonlyMap<string, OpSpec>;
  /** Wrap every operator node so it records its value into the evaluation trace. */
  trace: boolean;
  /** When set, problems are collected here and compilation carries on (for `check`). */
  issues: RuleError[] | null;
}

/** True when a rule contains no operator: its value is fixed. */
export function isConstRule(rule: unknown): boolean {
  if (Array.isArray(rule)) return rule.every(isConstRule);
  return !isLogic(rule);
}

/**
 * The value a constant rule evaluates to. json-logic-js rebuilds arrays on every evaluation (and hands
 * other objects back as they are), so arrays are copied per call: a caller mutating a result can never
 * change the compiled rule.
 */
export function constValue(rule: unknown): unknown {
  return Array.isArray(rule) ? rule.map(constValue) : rule;
}

/** Copy cost of a literal list, in work units (free below 16 elements in all). */
function literalUnits(rule: unknown[]): number {
  let n = 0;
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      n += v.length;
      v.forEach(walk);
    }
  };
  walk(rule);
  return n >>> 4;
}

/** Operators whose second argument runs once per item, with the item (not the rule's data) as scope. */
const ITERATION_OPS = new Set(['map', 'filter', 'reduce', 'all', 'some', 'none']);

export function compileNode(rule: unknown, path: string, opts: CompileOptions, scoped = false): Fn {
  if (Array.isArray(rule)) {
    if (isConstRule(rule)) {
      // A literal list is copied per evaluation (as json-logic-js rebuilds it): a long one is charged, since
      // inside a loop it is copied once per item.
      const units = literalUnits(rule);
      return units > 0 ? (_d, c) => (charge(c, units), constValue(rule)) : () => constValue(rule);
    }
    const items = rule.map((r, i) => compileNode(r, `${path}/${i}`, opts, scoped));
    return (d, c) => {
      const out = new Array<unknown>(items.length);
      for (let i = 0; i < items.length; i++) out[i] = items[i](d, c);
      return out;
    };
  }
  if (!isLogic(rule)) return () => rule;
  const op = opOf(rule);
  const values = rule[op];
  const raw: unknown[] = Array.isArray(values) ? values : [values];
  const argBase = `${path}/${pointerSegment(op)}`;
  const args = raw.map((r, i) =>
    compileNode(r, Array.isArray(values) ? `${argBase}/${i}` : argBase, opts, scoped || (i === 1 && ITERATION_OPS.has(op))),
  );
  try {
    const spec = opts.ops.get(op);
    if (!spec) failAt(path, 'rule.unknown-operator', `Unknown operator "${op}"`, { op });
    checkArity(spec, op, raw.length, path);
    const node: NodeInfo = {
      path,
      op,
      raw,
      args,
      tracing: opts.trace,
      scoped,
      arg: (i) => args[i] ?? UNDEFINED_FN,
      isConst: (i) => isConstRule(raw[i]),
      constValue: (i) => constValue(raw[i]),
      cost: (i) => countNodes(raw[i]),
      fail: (code, message, params) => failAt(path, code, message, params),
    };
    const fn = spec.compile(node);
    return opts.trace ? traced(fn, path, op) : fn;
  } catch (e) {
    if (opts.issues && e instanceof RuleError) {
      opts.issues.push(e);
      return UNDEFINED_FN;
    }
    throw e;
  }
}

function checkArity(spec: OpSpec, op: string, n: number, path: string): void {
  const { minArgs = 0, maxArgs = Infinity } = spec;
  if (n < minArgs || n > maxArgs) {
    const expected = maxArgs === Infinity ? `at least ${minArgs}` : minArgs === maxArgs ? `${minArgs}` : `${minArgs}-${maxArgs}`;
    failAt(path, 'rule.bad-arity', `Operator "${op}" takes ${expected} argument(s), got ${n}`, { op, expected, got: n });
  }
}

/** Bounded so a trace of a rule looping over many items stays a reasonable size. */
export const MAX_TRACE_ENTRIES = 10_000;

function traced(fn: Fn, path: string, op: string): Fn {
  return (d, c) => {
    const value = fn(d, c);
    if (c.trace && c.trace.length < MAX_TRACE_ENTRIES) c.trace.push({ path, op, value });
    return value;
  };
}
