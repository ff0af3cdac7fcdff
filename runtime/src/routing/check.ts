import type { Issue } from '../core/issue.js';
import { pointer } from '../core/issue.js';
import { makeIssue } from '../core/messages.js';
import type { CheckContext } from '../definitions/kind-spec.js';
import type { Rule } from '../rules/types.js';
import { resolveScoring } from './defaults.js';
import './messages.js';
import type { RoutingDefinition } from './types.js';

/** Meaning checks for a routing definition whose shape already passed the schema. */
export function checkRouting(def: RoutingDefinition, ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  const add = (path: string, code: string, params?: Record<string, unknown>) => issues.push(makeIssue(code, path, ctx.locale, params));
  const rule = (r: Rule | undefined, path: string) => {
    if (r !== undefined) issues.push(...ctx.rules.check(r, path, ctx.locale));
  };

  const cand = def.candidates;
  rule(cand?.where, '/candidates/where');
  for (const tag of cand?.excludeTags ?? []) {
    if (cand?.tags?.includes(tag) || cand?.anyTags?.includes(tag)) add('/candidates/excludeTags', 'routing.candidates.tag-conflict', { tag });
  }

  const ids = new Set<string>();
  (def.rules ?? []).forEach((r, i) => {
    const at = (...s: Array<string | number>) => pointer('rules', i, ...s);
    if (ids.has(r.id)) add(at('id'), 'routing.rule.duplicate-id', { id: r.id });
    ids.add(r.id);
    if (!r.restrict && !r.exclude && !r.prefer && !r.weights && !r.stop) add(at(), 'routing.rule.no-effect', { id: r.id });
    if (r.scope === 'line') {
      if (r.prefer) add(at('prefer'), 'routing.rule.line-scope-effect', { effect: 'prefer' });
      if (r.weights) add(at('weights'), 'routing.rule.line-scope-effect', { effect: 'weights' });
    }
    rule(r.when, at('when'));
    rule(r.restrict?.where, at('restrict', 'where'));
    rule(r.exclude?.where, at('exclude', 'where'));
    rule(r.prefer?.where, at('prefer', 'where'));
  });

  const scoring = resolveScoring(def);
  const allZero = (w: Record<string, number>) => Object.values(w).every((x) => x === 0);
  if (allZero(scoring.weights)) add('/scoring/weights', 'routing.weights.all-zero');
  // A weight override that zeroes every factor leaves only tie-breaks by id.
  (def.rules ?? []).forEach((r, i) => {
    if (r.weights && !allZero(scoring.weights) && allZero({ ...scoring.weights, ...r.weights })) add(pointer('rules', i, 'weights'), 'routing.weights.all-zero');
  });
  (def.scoring?.cost?.table ?? []).forEach((row, i) => {
    if (row.cost > scoring.costMax) add(pointer('scoring', 'cost', 'table', i, 'cost'), 'routing.cost.exceeds-max', { cost: row.cost, max: scoring.costMax });
  });

  const seen = new Set<string>();
  (def.safetyStock?.overrides ?? []).forEach((o, i) => {
    if (o.location === undefined && o.sku === undefined) add(pointer('safetyStock', 'overrides', i), 'routing.safety-stock.no-target');
    const k = `${o.location ?? '*'}\u0000${o.sku ?? '*'}`;
    if (seen.has(k)) add(pointer('safetyStock', 'overrides', i), 'routing.safety-stock.duplicate');
    seen.add(k);
  });
  return issues;
}
