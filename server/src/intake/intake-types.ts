import type { CanonicalOrder, Issue, Locale, OrderStatus, ReviewMatch } from '@oms/runtime';
import type { ExtraWrite } from './persist-order.js';
import type { Actor } from '../orders/timeline.js';

export type IntakeSource = 'api' | 'form' | 'plugin';

export interface IntakeInput {
  tenantId: string;
  actor: Actor;
  source: IntakeSource;
  order: CanonicalOrder;
  form?: { key: string; version: number; data: Record<string, unknown> };
  locale?: Locale;
}

export interface IntakeOrderSummary {
  id: string;
  number: string;
  status: OrderStatus;
  channel: string;
  externalId: string | null;
  review: { decision: 'pass' | 'hold' | 'reject'; matched: ReviewMatch[] };
  pinned: Record<string, unknown>;
  flowStarted: boolean;
  duplicate: boolean;
}

export type IntakeResult =
  | { ok: true; order: IntakeOrderSummary }
  | { ok: false; code: 'order.invalid'; issues: Issue[] };

export interface IntakeOptions {
  /**
   * Called inside the order's transaction with the result, before commit: a statement to run in the same
   * round trip as the order rows (the request's idempotency record), so the effect and its answer commit together.
   */
  sameTransaction?: (order: IntakeOrderSummary) => ExtraWrite | undefined;
}
