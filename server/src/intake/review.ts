import { reviewOrder, type CanonicalOrder, type Locale, type ReviewDefinition, type ReviewResult } from '@oms/runtime';
import type { PublishedDefinition } from './intake-context.js';

export interface IntakeReview extends ReviewResult {
  /** The review definitions that ran, `{key, version}`, in key order. */
  definitions: Array<{ key: string; version: number }>;
  flags: number;
}

/**
 * Every published review definition of the tenant runs (key order) through the runtime's reviewOrder; the
 * combined decision is the strictest: a reject stops, holds accumulate, flags are listed.
 */
export function reviewIntake(defs: PublishedDefinition[], order: CanonicalOrder, now: number, locale: Locale = 'en', timeZone = 'UTC'): IntakeReview {
  const out: IntakeReview = { decision: 'pass', matched: [], definitions: [], flags: 0 };
  for (const d of defs) {
    if (d.kind !== 'review') continue;
    out.definitions.push({ key: d.key, version: d.version });
    const r = reviewOrder(d.body as unknown as ReviewDefinition, order, { now, locale, timeZone });
    out.matched.push(...r.matched);
    if (r.decision === 'reject') {
      out.decision = 'reject';
      break;
    }
    if (r.decision === 'hold') out.decision = 'hold';
  }
  out.flags = out.matched.filter((m) => m.action === 'flag').length;
  return out;
}
