import { createRuleEngine } from './engine.js';
import type { RuleEngine } from './types.js';

let shared: RuleEngine | undefined;

/**
 * The engine used when a caller passes none (built-in and OMS operators only, created on first use).
 * Callers that register their own operators create their own engine instead.
 */
export function defaultRuleEngine(): RuleEngine {
  return (shared ??= createRuleEngine());
}
