import type { Issue, Locale } from '../core/issue.js';

/** A JSON Logic rule as stored in definitions. */
export type Rule = unknown;

/** Evaluation environment: values that come from ports, never from globals. */
export interface RuleEnv {
  /** Current time (epoch ms) from the injected clock; date operators use it. */
  now?: number;
  /** IANA time zone for date operators (timestamps without an offset, hour-of-day, day-of-week); default: the engine's. */
  timeZone?: string;
  /** Sink for the `log` operator; the runtime does no I/O, so without it `log` only returns its value. */
  log?: (value: unknown) => void;
  /**
   * One work budget shared by many evaluations (a routing decision, a review, a form): each evaluation runs
   * on what is left of it (at most the engine's per-evaluation budget) and draws its work plus its size.
   */
  meter?: WorkMeter;
}

/** A shared work budget in the engine's units (see RuleLimits.iterationBudget). */
export interface WorkMeter {
  remaining: number;
}

/** A rule compiled once to closures (no eval, no new Function). */
export interface CompiledRule {
  (data: unknown, env?: RuleEnv): unknown;
  /** The `var` paths the rule reads (static ones), for cross-checks and autocomplete. */
  readonly vars: readonly string[];
}

export interface TraceEntry {
  /** JSON Pointer of the sub-rule inside the rule. */
  path: string;
  op: string;
  value: unknown;
}

export interface TraceResult {
  value: unknown;
  trace: TraceEntry[];
}

export interface RuleLimits {
  /** Serialized rule size in bytes. */
  maxBytes: number;
  maxDepth: number;
  maxNodes: number;
  /**
   * Work units per evaluation, shared by every iteration (body size per item), conversion (long strings and
   * arrays read by `+`, `<`, `==`, `in`, `substr`, ...) and built result (`cat`, `merge`). Exceeding it
   * aborts with `rule.iteration-budget`.
   */
  iterationBudget: number;
}

/** Context a custom operator gets besides its evaluated arguments. */
export interface OperatorContext {
  env: RuleEnv;
  data: unknown;
}

/**
 * An operator. Eager operators get evaluated arguments; `lazy` ones get compiled argument closures
 * (for control flow like `if` or iteration like `map`).
 */
export interface OperatorDef {
  /** Human description for the editor. */
  description?: string;
  fn: (args: unknown[], ctx: OperatorContext) => unknown;
  /** Minimum / maximum argument counts, checked at compile time. */
  minArgs?: number;
  maxArgs?: number;
  /** Argument docs for the editor's autocomplete. */
  args?: OperatorArgDoc[];
  /** Replace an OMS built-in operator of the same name on purpose; without it the name clash is `registry.duplicate-key`. */
  replace?: boolean;
}

export interface OperatorArgDoc {
  name: string;
  /** Loose type hint for the editor, e.g. `number`, `string | string[]`, `date`, `rule`. */
  type: string;
  description?: string;
  optional?: boolean;
}

/** What the designer shows for one operator (autocomplete, hover help). */
export interface OperatorDoc {
  name: string;
  category: 'logic' | 'comparison' | 'arithmetic' | 'string' | 'array' | 'data' | 'iteration' | 'oms' | 'custom';
  description: string;
  args: OperatorArgDoc[];
  /** A small example rule. */
  example?: unknown;
}

export interface RuleEngine {
  /** Compile a rule; throws RuleError for an invalid or over-limit rule. Cached per rule object. */
  compile(rule: Rule): CompiledRule;
  /** Compile-time problems as issues (no throw); `[]` when the rule is fine. */
  check(rule: Rule, basePath?: string, locale?: Locale): Issue[];
  evaluate(rule: Rule, data: unknown, env?: RuleEnv): unknown;
  /** Evaluate recording each sub-rule's value. */
  trace(rule: Rule, data: unknown, env?: RuleEnv): TraceResult;
  /** Static `var` paths a rule reads. */
  varsOf(rule: Rule): string[];
  /** Operator names this engine knows (built-ins + OMS + custom), for the editor. */
  operatorNames(): string[];
  /** Documentation of every operator this engine knows, for the editor. */
  describe(): OperatorDoc[];
  readonly limits: RuleLimits;
  /** The canonical IANA zone timestamps without an offset are read in (unless `env.timeZone` says otherwise). */
  readonly timeZone: string;
}

export interface RuleEngineOptions {
  /** Extra operators, registered on this engine only. */
  operators?: Record<string, OperatorDef>;
  limits?: Partial<RuleLimits>;
  /** IANA time zone for date operators (default `UTC`); an unknown name throws `rule.invalid-time-zone`. */
  timeZone?: string;
}

/** Thrown for compile problems and aborted evaluations; `code` is stable (e.g. `rule.too-deep`). */
export class RuleError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** JSON Pointer inside the rule. */
    readonly path: string = '',
    /** Values for the localized message template (see rules/messages.ts). */
    readonly params: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'RuleError';
  }
}
