import { RuleError, type RuleEnv, type TraceEntry } from './types.js';

/** Per-evaluation state: the injected env, the remaining work budget, the time zone and an optional trace sink. */
export interface EvalCtx {
  env: RuleEnv;
  budget: number;
  trace: TraceEntry[] | null;
  /** The engine's configured IANA zone (`env.timeZone` overrides it where date operators read it). */
  zone: string;
}

/** A compiled sub-rule. `data` is the current scope (the whole input, or an item inside an iteration). */
export type Fn = (data: unknown, ctx: EvalCtx) => unknown;

export function budgetError(): RuleError {
  return new RuleError('rule.iteration-budget', 'Rule evaluation exceeded its work budget');
}

/**
 * Spend work units; iterations, conversions and large results all draw on one budget, so nested CPU bombs
 * and memory blow-ups abort with the same stable code. Callers charge BEFORE they do the work.
 */
export function charge(ctx: EvalCtx, units: number): void {
  ctx.budget -= units;
  if (ctx.budget < 0) throw budgetError();
}

/** Work units charged for producing or scanning a string of `length` characters. */
export function stringUnits(length: number): number {
  return length >>> 4;
}
