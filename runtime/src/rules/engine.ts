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
 * The entry closure of a compiled rule. A call with an env gets a fresh context (its budget, or what is left
 * of the env's meter, drawn on afterwards); a call without one reuses one context per rule, only resetting
 * its budget (a re-entrant call through a host custom operator would reset it too: host code is trusted).
 * Every failure leaves as a RuleError with a stable code.
 */
function runner(fn: Fn, budget: number, zone: string, weight: number): (data: unknown, env?: RuleEnv) => unknown {
  const shared: EvalCtx = { env: NO_ENV, budget, trace: null, zone };
  const metered = (data: unknown, e: RuleEnv, m: WorkMeter): unknown => {
    const start = startBudget(m, budget);
    const c: EvalCtx = { env: e, budget: start, trace: null, zone };
    try {
      return fn(data, c);
    } catch (err) {
      throw asRuleError(err);
    } finally {
      m.remaining -= start - Math.max(0, c.budget) + weight;
    }
  };
  const withEnv = (data: unknown, env: RuleEnv): unknown => {
    if (env.meter !== undefined) return metered(data, env, env.meter);
    try {
      return fn(data, { env, budget, trace: null, zone });
    } catch (err) {
      throw asRuleError(err);
    }
  };
  // The call without an env has no try/catch (on a one-operator rule it costs half the time): the operators
  // refuse the one native fault JSON data can cause themselves (weigh.ts). With an env (every host engine
  // passes one), anything else that escapes — an object built by host code — is translated too.
  return (data, env) => {
    if (env !== undefined) return withEnv(data, env);
    shared.budget = budget;
    return fn(data, shared);
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
