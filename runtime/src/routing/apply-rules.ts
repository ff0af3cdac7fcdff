import type { CanonicalOrder } from '../order/canonical-order.js';
import type { RuleEnv } from '../rules/types.js';
import type { CompiledRouting } from './compile.js';
import { truthy } from '../rules/truthy.js';
import { matches, type LocState } from './select.js';
import type { ReasonRef, RoutingTrace, Weights } from './types.js';

export interface RuleOutcome {
  weights: Weights;
  fired: RoutingTrace['rulesFired'];
  /** Per order line index: locations that line may not ship from, and why (first reason wins). */
  lineExcluded: Array<Map<string, ReasonRef>>;
}

/**
 * Run the ordered rules. Order-scope rules exclude locations, add prefer boosts and override weights;
 * line-scope rules restrict/exclude locations for the one line they fired for. `stop` ends the rule
 * list for the order (order scope) or for that line (line scope).
 */
export function applyRules(c: CompiledRouting, order: CanonicalOrder, states: LocState[], env: RuleEnv): RuleOutcome {
  const weights = { ...c.scoring.weights };
  const fired: RuleOutcome['fired'] = [];
  const lines = order.lines;
  const lineExcluded = lines.map(() => new Map<string, ReasonRef>());
  const lineStopped = lines.map(() => false);
  const orderData = { order };

  for (const r of c.rules) {
    if (r.line) {
      lines.forEach((line, li) => {
        if (lineStopped[li]) return;
        if (r.when && !truthy(r.when({ order, line }, env))) return;
        fired.push({ rule: r.id, index: r.index, lineId: line.id });
        const ex = lineExcluded[li];
        for (const st of states) {
          if (st.excluded || ex.has(st.loc.id)) continue;
          if (r.restrict && !matches(r.restrict, st, env, line)) ex.set(st.loc.id, ruleReason(r.id, 'restrict'));
          else if (r.exclude && matches(r.exclude, st, env, line)) ex.set(st.loc.id, ruleReason(r.id, 'exclude'));
        }
        if (r.stop) lineStopped[li] = true;
      });
      continue;
    }
    if (r.when && !truthy(r.when(orderData, env))) continue;
    fired.push({ rule: r.id, index: r.index });
    for (const st of states) {
      if (st.excluded) continue;
      if (r.restrict && !matches(r.restrict, st, env)) st.excluded = ruleReason(r.id, 'restrict');
      else if (r.exclude && matches(r.exclude, st, env)) st.excluded = ruleReason(r.id, 'exclude');
      else if (r.prefer && matches(r.prefer, st, env)) {
        st.boost += r.boost;
        st.preferredBy.push(r.id);
      }
    }
    if (r.weights) Object.assign(weights, r.weights);
    if (r.stop) break;
  }
  return { weights, fired, lineExcluded };
}

const ruleReason = (rule: string, effect: 'restrict' | 'exclude'): ReasonRef => ({ code: 'routing.excluded.rule', params: { rule, effect } });
