import type { CanonicalOrder } from '../order/canonical-order.js';
import { formatMessage } from '../core/messages.js';
import { pickText } from '../form/messages.js';
import { defaultRuleEngine } from '../rules/default-engine.js';
import { RuleError, type RuleEngine } from '../rules/types.js';
import { slotMeter, truthy } from '../rules/index.js';
import './messages.js';
import type { ReviewDecision, ReviewDefinition, ReviewMatch, ReviewOptions, ReviewResult } from './types.js';

/**
 * Runs the review rules over an order, in order. Semantics:
 * - `reject`: the first matching reject ends the review; the decision is `reject`.
 * - `hold`: holds accumulate; unless something rejects, the decision is `hold` and every hold is listed
 *   (an operator releases them one by one).
 * - `flag`: listed for operators, never changes the decision.
 * - `pass`: an explicit all-clear (e.g. a trusted customer) that ends the review; holds matched before it
 *   still stand, rules after it are not evaluated.
 * - a rule that cannot be evaluated (over its iteration budget, say) fails closed: it counts as a hold
 *   with code `review.rule-error`.
 * Disabled rules are skipped. With nothing matched, the decision is `pass`.
 */
export function reviewOrder(def: ReviewDefinition, order: CanonicalOrder, options: ReviewOptions = {}): ReviewResult {
  const engine: RuleEngine = options.rules ?? defaultRuleEngine();
  const locale = options.locale ?? 'en';
  const data = { ...order, facts: options.facts ?? {} };
  const matched: ReviewMatch[] = [];
  // One meter for the whole review: many rules cannot multiply the per-rule budget.
  const env = { now: options.now, timeZone: options.timeZone, meter: slotMeter() };
  let decision: ReviewDecision = 'pass';
  for (const rule of def.rules) {
    if (rule.enabled === false) continue;
    if (env.meter.remaining <= 0) {
      // The review's budget is spent: the remaining rules fail closed without being evaluated.
      const params = { id: rule.id, detail: 'rule.iteration-budget' };
      matched.push({ id: rule.id, action: 'hold', code: 'review.rule-error', message: formatMessage('review.rule-error', locale, params) });
      decision = 'hold';
      continue;
    }
    let hit: boolean;
    try {
      hit = truthy(engine.compile(rule.when)(data, env));
    } catch (e) {
      if (!(e instanceof RuleError)) throw e;
      const params = { id: rule.id, detail: e.code };
      matched.push({ id: rule.id, action: 'hold', code: 'review.rule-error', message: formatMessage('review.rule-error', locale, params) });
      decision = 'hold';
      continue;
    }
    if (!hit) continue;
    matched.push({ id: rule.id, action: rule.action, code: rule.code ?? `review.${rule.id}`, message: pickText(rule.message, locale) });
    if (rule.action === 'reject') return { decision: 'reject', matched };
    if (rule.action === 'hold') decision = 'hold';
    if (rule.action === 'pass') break;
  }
  return { decision, matched };
}
