import { formatMessage } from '../core/messages.js';
import type { Issue, Locale } from '../core/issue.js';
import { JSON_LOGIC_OPS, OMS_OPS } from './builtin-ops.js';
import { compileNode, isConstRule, type CompileOptions } from './compiler.js';
import { customOp } from './custom-ops.js';
import type { EvalCtx, Fn } from './eval-context.js';
import { DEFAULT_LIMITS, isLogic, measureRule, opOf } from './limits.js';
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

/** Operators that never touch the evaluation context (no budget, env, trace or log). */
const CONTEXT_FREE = new Set(['==', '===', '!=', '!==', '>', '>=', '<', '<=', '!', '!!', 'and', 'or', 'if', '?:', 'var', '+', '-', '*', '/', '%', 'min', 'max']);

function contextFree(rule: unknown): boolean {
  if (Array.isArray(rule)) return rule.every(contextFree);
  if (!isLogic(rule)) return true;
  const op = opOf(rule);
  const args = Array.isArray(rule[op]) ? (rule[op] as unknown[]) : [rule[op]];
  // `in` over a constant haystack and `missing` with constant keys are compiled without budget charges.
  if (op === 'in' && args.length === 2 && isConstRule(args[1]) && (typeof args[1] === 'string' || Array.isArray(args[1]))) {
    return contextFree(args[0]);
  }
  if (op === 'missing') return args.every(isConstRule);
  return CONTEXT_FREE.has(op) && contextFree(args);
}

/**
 * The entry closure of a compiled rule: a fresh context per evaluation (a short-lived allocation V8
 * handles well) carries the budget; rules that cannot use it skip even that.
 */
function runner(rule: Rule, fn: Fn, budget: number): (data: unknown, env?: RuleEnv) => unknown {
  // A context-free closure ignores its second parameter, so it can serve as the entry point itself.
  if (contextFree(rule)) return fn as (data: unknown, env?: RuleEnv) => unknown;
  return (data, env) => fn(data, { env: env ?? NO_ENV, budget, trace: null });
}

/**
 * A rule engine with its own operator table and compile caches. Rules compile once to closures; object
 * rules are cached by identity (a WeakMap, so published definitions share compiled code and dropped ones
 * are collected). Primitive rules are cheap to compile and are not cached.
 */
export function createRuleEngine(options: RuleEngineOptions = {}): RuleEngine {
  const limits: RuleLimits = Object.freeze({ ...DEFAULT_LIMITS, ...options.limits });
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
  });

  const compile = (rule: Rule): CompiledRule => {
    const key = typeof rule === 'object' && rule !== null ? rule : null;
    const hit = key && plain.get(key);
    if (hit) return hit;
    const fn = build(rule, false, null);
    const compiled = Object.assign(runner(rule, fn, limits.iterationBudget), {
      vars: Object.freeze(varsOf(rule)),
    }) as CompiledRule;
    if (key) plain.set(key, compiled);
    return compiled;
  };

  const engine: RuleEngine = {
    limits,
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
      const value = fn(data, newCtx(env, trace));
      return { value, trace };
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
