import { RuleError } from './types.js';

/**
 * A native fault during an evaluation (a data object whose `toString` is not a function, a host custom
 * operator that throws) becomes a RuleError with code `rule.evaluation-failed`: callers handle one type.
 */
export function asRuleError(err: unknown): RuleError {
  if (err instanceof RuleError) return err;
  const name = err instanceof Error ? err.name : typeof err;
  const e = new RuleError('rule.evaluation-failed', `Rule evaluation failed (${name})`, '', { detail: name });
  (e as { cause?: unknown }).cause = err;
  return e;
}

