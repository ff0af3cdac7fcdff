import { formatMessage } from '../core/messages.js';
import type { Issue, Locale } from '../core/issue.js';
import { JSON_LOGIC_OPS, OMS_OPS } from './builtin-ops.js';
import { compileNode, type CompileOptions } from './compiler.js';
import { customOp } from './custom-ops.js';
import { budgetError, type EvalCtx, type Fn } from './eval-context.js';
import { DEFAULT_LIMITS, countNodes, measureRule } from './limits.js';
import { requireZone } from './oms/time-zone.js';
import { describeOperators } from './operator-docs.js';
import type { OpSpec } from './ops/op-spec.js';
import { varsOf } from './vars.js';
import './messages.js';
import {
  RuleError,
  type CompiledRule,
  type Rule,
  type RuleEngine,
  type RuleEngineOptions,
  type RuleEnv,
  type RuleLimits,
  type TraceEntry,
} from './types.js';

const NO_ENV: RuleEnv = Object.freeze({});

/**
 * The entry closure of a compiled rule. One context object is reused per compiled rule (no allocation per
 * call; a re-entrant call gets a fresh one). Every failure leaves as a RuleError with a stable code, and a
 * work meter in the env (one budget for a whole routing decision, review or form) is drawn on per call.
 */
function runner(fn: Fn, budget: number, zone: string, weight: number): (data: unknown, env?: RuleEnv) => unknown {
  const shared: EvalCtx = { env: NO_ENV, budget, trace: null, zone };
  let busy = false;
  return (data, env) => {
    const e = env ?? NO_ENV;
    const c: EvalCtx = busy ? { env: e, budget, trace: null, zone } : shared;
    const start = startBudget(e, budget);
    const own = c === shared;
    if (own) busy = true;
    c.env = e;
    c.budget = start;
    try {
      return fn(data, c);
    } catch (err) {
      throw asRuleError(err);
    } finally {
      if (own) busy = false;
      if (e.meter !== undefined) e.meter.remaining -= start - Math.max(0, c.budget) + weight;
    }
  };
}

/** The budget of one evaluation: the engine's, or what is left of the env's meter if that is less. */
function startBudget(env: RuleEnv, budget: number): number {
  const m = env.meter;
  if (m === undefined) return budget;
  if (!(m.remaining > 0)) throw budgetError();
  return m.remaining < budget ? m.remaining : budget;
}

/**
 * Native faults during evaluation (a data object whose `toString` is not a function, a nesting too deep to
 * convert, an allocation the engine refused) become RuleErrors too: callers handle one error type.
 */
export function asRuleError(err: unknown): RuleError {
  if (err instanceof RuleError) return err;
  const name = err instanceof Error ? err.name : typeof err;
  const e = new RuleError('rule.evaluation-failed', `Rule evaluation failed (${name})`, '', { detail: name });
  (e as { cause?: unknown }).cause = err;
  return e;
}

/**
 * A rule engine with its own operator table and compile caches. Rules compile once to closures; object
 * rules are cached by identity (a WeakMap, so published definitions share compiled code and dropped ones
 * are collected). Primitive rules are cheap to compile and are not cached.
 */
export function createRuleEngine(options: RuleEngineOptions = {}): RuleEngine {
  const limits: RuleLimits = Object.freeze({ ...DEFAULT_LIMITS, ...options.limits });
  const timeZone = requireZone(options.timeZone ?? 'UTC');
  const ops = new Map<string, OpSpec>([...Object.entries(JSON_LOGIC_OPS), ...Object.entries(OMS_OPS)]);
  for (const [name, def] of Object.entries(options.operators ?? {})) {
    if (Object.prototype.hasOwnProperty.call(JSON_LOGIC_OPS, name)) {
      throw new RuleError('rule.operator-conflict', `Operator "${name}" is a JSON Logic built-in and cannot be replaced`, '', { op: name });
    }
    if (ops.has(name) && !def.replace) throw new RuleError('registry.duplicate-key', `Operator "${name}" is already registered`, '', { op: name, key: name });
    ops.set(name, customOp(def));
  }
  const customDefs = options.operators ?? {};
  const plain = new WeakMap<object, CompiledRule>();
  const tracing = new WeakMap<object, Fn>();

  const build = (rule: Rule, trace: boolean, issues: RuleError[] | null): Fn => {
    measureRule(rule, limits);
    const opts: CompileOptions = { ops, trace, issues };
    return compileNode(rule, '', opts);
  };

  const newCtx = (env: RuleEnv | undefined, trace: TraceEntry[] | null): EvalCtx => ({
    env: env ?? NO_ENV,
    budget: limits.iterationBudget,
    trace,
    zone: timeZone,
  });

  const compile = (rule: Rule): CompiledRule => {
    const key = typeof rule === 'object' && rule !== null ? rule : null;
    const hit = key && plain.get(key);
    if (hit) return hit;
    const fn = build(rule, false, null);
    const compiled = Object.assign(runner(fn, limits.iterationBudget, timeZone, 1 + countNodes(rule)), {
      vars: Object.freeze(varsOf(rule)),
    }) as CompiledRule;
    if (key) plain.set(key, compiled);
    return compiled;
  };

  const engine: RuleEngine = {
    limits,
    timeZone,
    compile,
    evaluate: (rule, data, env) => compile(rule)(data, env),
    trace(rule, data, env) {
      const key = typeof rule === 'object' && rule !== null ? rule : null;
      let fn = key && tracing.get(key);
      if (!fn) {
        fn = build(rule, true, null);
        if (key) tracing.set(key, fn);
      }
      const trace: TraceEntry[] = [];
      try {
        return { value: fn(data, newCtx(env, trace)), trace };
      } catch (err) {
        throw asRuleError(err);
      }
    },
    check(rule, basePath = '', locale: Locale = 'en'): Issue[] {
      const issues: RuleError[] = [];
      try {
        build(rule, false, issues);
      } catch (e) {
        if (!(e instanceof RuleError)) throw e;
        issues.push(e);
      }
      return issues.map((e) => ({
        path: basePath + e.path,
        code: e.code,
        message: formatMessage(e.code, locale, e.params),
        params: e.params,
      }));
    },
    varsOf,
    operatorNames: () => [...ops.keys()].sort(),
    describe: () => describeOperators(customDefs),
  };
  return engine;
}
