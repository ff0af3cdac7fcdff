import type { Locale } from '../core/issue.js';
import type { I18nText } from '../form/types.js';
import type { Rule, RuleEngine } from '../rules/types.js';

export type ReviewAction = 'pass' | 'hold' | 'reject' | 'flag';

export interface ReviewRule {
  id: string;
  title?: I18nText;
  /** JSON Logic over the canonical order (plus `facts`); the rule matches when it is truthy. */
  when: Rule;
  action: ReviewAction;
  message: I18nText;
  /** Stable dotted code shown to operators and stored on the hold, e.g. `review.address-incomplete`. */
  code?: string;
  /** Switched-off rules are kept in the definition but never evaluated. */
  enabled?: boolean;
}

export interface ReviewDefinition {
  kind: 'review';
  key: string;
  version?: number;
  title: I18nText;
  description?: I18nText;
  rules: ReviewRule[];
}

export type ReviewDecision = 'pass' | 'hold' | 'reject';

export interface ReviewMatch {
  id: string;
  action: ReviewAction;
  code: string;
  message: string;
}

export interface ReviewResult {
  decision: ReviewDecision;
  /** Every rule that matched, in rule order, up to the one that stopped the review. */
  matched: ReviewMatch[];
}

export interface ReviewOptions {
  rules?: RuleEngine;
  /** Epoch ms from the injected clock. */
  now?: number;
  /** IANA zone of the injected clock (`clock.timeZone`); absent: the rule engine's zone. */
  timeZone?: string;
  locale?: Locale;
  /**
   * Facts the caller looked up beforehand (the runtime does no I/O), readable as `facts.*`:
   * e.g. `{ duplicateCount: 1, blacklisted: true, openBalance: 1200 }`.
   */
  facts?: Record<string, unknown>;
}
