import type { Issue } from '../core/issue.js';
import { pointer } from '../core/issue.js';
import type { CheckContext } from '../definitions/kind-spec.js';
import { makeIssue } from '../core/messages.js';
import { formVarsOf } from '../form/rule-vars.js';
import './messages.js';
import type { ReviewDefinition } from './types.js';

/** Top-level names a review rule may read: the canonical order's properties and the caller's `facts`. */
export const REVIEW_DATA_ROOTS = new Set([
  'id', 'channel', 'externalId', 'currency', 'placedAt', 'customer', 'shipTo', 'billTo', 'lines', 'totals', 'tags',
  'attributes', 'facts',
]);

export function checkReview(def: ReviewDefinition, ctx: CheckContext): Issue[] {
  const { locale } = ctx;
  const issues: Issue[] = [];
  const ids = new Set<string>();
  let stoppedBy: string | undefined;
  def.rules.forEach((r, i) => {
    if (ids.has(r.id)) issues.push(makeIssue('review.duplicate-rule-id', pointer('rules', i, 'id'), locale, { id: r.id }));
    ids.add(r.id);
    const whenPath = pointer('rules', i, 'when');
    const problems = ctx.rules.check(r.when, whenPath, locale);
    issues.push(...problems);
    if (!problems.length) {
      for (const v of formVarsOf(r.when)) {
        if (v !== '' && !REVIEW_DATA_ROOTS.has(v.split('.')[0])) issues.push(makeIssue('review.unknown-var', whenPath, locale, { var: v }));
      }
    }
    if (r.enabled === false) return;
    if (stoppedBy) issues.push(makeIssue('review.unreachable-rule', pointer('rules', i), locale, { by: stoppedBy }));
    // A constant-true pass/reject ends every review: whatever follows is dead.
    if (!stoppedBy && r.when === true && (r.action === 'pass' || r.action === 'reject')) stoppedBy = r.id;
  });
  return issues;
}
