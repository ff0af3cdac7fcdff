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
import { asRuleError } from './errors.js';
import './messages.js';
import {
  RuleError,
  type CompiledRule,
  type Rule,
  type RuleEngine,
  type RuleEngineOptions,
  type RuleEnv,
  type RuleLimits,
  type WorkMeter,
  type TraceEntry,
} from './types.js';

const NO_ENV: RuleEnv = Object.freeze({});

/**
 * The entry closure of a compiled rule. Each compiled rule owns one evaluation context and reuses it: a call
 * only resets its budget (the engine's, or what is left of the env's meter if that is less) and env, so an
 * evaluation allocates nothing of its own. A re-entrant call (a host custom operator evaluating the same rule)
 * finds the context busy and gets a fresh one. The meter is drawn on afterwards (work done + the rule's size),
 * also when the evaluation fails. Every failure with an env leaves as a RuleError with a stable code.
 */
function runner(fn: Fn, budget: number, zone: string, weight: number): (data: unknown, env?: RuleEnv) => unknown {
  const own: EvalCtx = { env: NO_ENV, budget, trace: null, zone };
  let busy = false;
  const isolated = (data: unknown, env: RuleEnv | undefined): unknown => {
    const m = env?.meter;
    const start = m === undefined ? budget : startBudget(m, budget);
    const c: EvalCtx = { env: env ?? NO_ENV, budget: start, trace: null, zone };
    try {
      return fn(data, c);
    } catch (err) {
      throw asRuleError(err);
    } finally {
      if (m !== undefined) m.remaining -= start - Math.max(0, c.budget) + weight;
    }
  };
  // The call without an env runs outside the try (on a one-operator rule a try around it cost half the time):
  // the operators refuse the one native fault JSON data can cause themselves (weigh.ts). It runs on a context
  // of its own, only resetting the budget (a re-entrant call through a host custom operator would reset it
  // too: host code is trusted). With an env (every host engine passes one), anything else that escapes is
  // translated too. Both paths sit in the entry closure itself: with many rules compiled, every call between
  // closures is a megamorphic one, so a separate env helper was one more real call per evaluation.
  const bare: EvalCtx = { env: NO_ENV, budget, trace: null, zone };
  return (data, env) => {
    if (env === undefined) {
      bare.budget = budget;
      return fn(data, bare);
    }
    if (busy) return isolated(data, env);
    const m = env.meter;
    const start = m === undefined ? budget : startBudget(m, budget);
    own.env = env;
    own.budget = start;
    busy = true;
    try {
      return fn(data, own);
    } catch (err) {
      throw asRuleError(err);
    } finally {
      busy = false;
      own.env = NO_ENV;
      if (m !== undefined) m.remaining -= start - Math.max(0, own.budget) + weight;
    }
  };
}

/** The budget of one evaluation: the engine's, or what is left of the env's meter if that is less. */
function startBudget(m: WorkMeter, budget: number): number {
  if (!(m.remaining > 0)) throw budgetError();
  return m.remaining < budget ? m.remaining : budget;
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
