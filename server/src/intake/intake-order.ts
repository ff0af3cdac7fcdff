import { v7 as uuidv7 } from 'uuid';
import { validateCanonicalOrder, type OrderStatus } from '@oms/runtime';
import type { AppDeps } from '../http/route-spec.js';
import { chooseFlow, type Pin } from './choose-flow.js';
import { flowStartWrites } from '../flows/start-writes.js';
import type { ExtraWrite } from '../flows/write-statement.js';
import { loadIntakeContext } from './intake-context.js';
import type { IntakeInput, IntakeOptions, IntakeOrderSummary, IntakeResult, IntakeSource } from './intake-types.js';
import { normaliseOrder } from './normalise.js';
import { loadOrderSummary } from './order-summary.js';
import { persistOrder, type TimelineRow } from './persist-order.js';
import { reviewIntake } from './review.js';

const DEFAULT_CHANNEL: Record<IntakeSource, string> = { api: 'api', form: 'portal', plugin: 'plugin' };
const DEDUPE_CONSTRAINT = 'orders_tenant_id_channel_external_id_key';

/**
 * The one intake pipeline (API, form, plugin): validate → normalise → dedupe → review → persist (order, lines,
 * timeline, audit) → start the pinned flow, whose first commands are enqueued as jobs in the same transaction.
 * A rejected order is stored as `rejected` with its reasons and starts no flow; a held order is stored
 * `on-hold` with its flow pinned but not started (releasing the hold starts it). A second order with the same
 * channel + external id returns the first one with `duplicate: true`.
 */
export async function intakeOrder(deps: AppDeps, input: IntakeInput, opts: IntakeOptions = {}): Promise<IntakeResult> {
  const locale = input.locale ?? 'en';
  const issues = validateCanonicalOrder(input.order, locale);
  if (issues.length) return { ok: false, code: 'order.invalid', issues };
  const now = deps.clock.now();
  const channel = input.order.channel?.trim() || DEFAULT_CHANNEL[input.source];
  const externalId = input.order.externalId?.trim();
  const form = input.form ? { key: input.form.key, version: input.form.version } : undefined;
  const ctx = await loadIntakeContext(deps.db, input.tenantId, { channel, externalId, form });
  if (ctx.duplicateId) return duplicate(deps, input.tenantId, ctx.duplicateId);

  const id = uuidv7();
  const order = { ...normaliseOrder(input.order, { currency: ctx.currency, now, channel }), id };
  const review = reviewIntake(ctx.definitions, order, now, locale, ctx.timeZone);
  const choice = chooseFlow(ctx.definitions, ctx.formFlow, input.source === 'form');
  const status: OrderStatus = review.decision === 'reject' ? 'rejected' : review.decision === 'hold' ? 'on-hold' : 'received';
  const pin = (d: Pin | null | undefined) => (d ? { key: d.key, version: d.version } : null);
  const pinned = {
    form: form ?? null,
    flow: pin(choice.flow),
    routing: choice.routings[0] ?? null,
    routings: choice.routings,
    review: review.definitions[0] ?? null,
    reviews: review.definitions,
  };
  const flowStarts = status === 'received' && choice.flow !== null;
  const summary: IntakeOrderSummary = {
    id,
    number: ctx.number!,
    status,
    channel,
    externalId: externalId ?? null,
    review: { decision: review.decision, matched: review.matched },
    pinned,
    flowStarted: flowStarts,
    duplicate: false,
  };
  const at = new Date(now);
  const extra: ExtraWrite[] = [];
  const answer = opts.sameTransaction?.(summary);
  if (answer) extra.push(answer);
  if (flowStarts) {
    const definition = { ...choice.flow!.body, version: choice.flow!.version };
    const start = { tenantId: input.tenantId, orderId: id, purpose: 'order' as const, definition, order, actor: input.actor, at };
    extra.push(...flowStartWrites(start, ctx.timeZone, Date.now()).writes);
  }
  try {
    // ONE statement (so one transaction, no BEGIN / COMMIT round trips): order, lines, timeline, audit, the
    // request's idempotency answer, the flow instance, its first commands and their jobs.
    await persistOrder(deps.db, {
      tenantId: input.tenantId,
      actor: input.actor,
      at,
      row: {
        id,
        number: summary.number,
        channel,
        externalId: summary.externalId,
        status,
        holdReason: status === 'on-hold' ? holdReason(review.matched) : null,
        order,
        form: input.form ?? null,
        review: { decision: review.decision, matched: review.matched, definitions: review.definitions },
        pinned,
      },
      events: timeline(input.source, summary, review.definitions[0], choice.reason),
      extra,
    });
  } catch (e) {
    // Two intakes of one external id at once: the loser answers like any later duplicate.
    if ((e as { constraint?: string }).constraint === DEDUPE_CONSTRAINT) {
      const existing = await deps.db('orders').where({ tenant_id: input.tenantId, channel, external_id: externalId }).first('id');
      if (existing) return duplicate(deps, input.tenantId, existing.id);
    }
    throw e;
  }
  return { ok: true, order: summary };
}

async function duplicate(deps: AppDeps, tenantId: string, orderId: string): Promise<IntakeResult> {
  return { ok: true, order: { ...(await loadOrderSummary(deps.db, tenantId, orderId)), duplicate: true } };
}

const holdReason = (matched: IntakeOrderSummary['review']['matched']) =>
  matched.filter((m) => m.action === 'hold' || m.code === 'review.rule-error').map((m) => m.code).join(', ');

function timeline(source: IntakeSource, s: IntakeOrderSummary, review: Pin | undefined, noFlow: string | undefined): TimelineRow[] {
  const rows: TimelineRow[] = [
    { type: 'order-received', message: `Received via ${source}`, data: { source, channel: s.channel, externalId: s.externalId, number: s.number } },
    {
      type: 'order-reviewed',
      message: `Review: ${s.review.decision}`,
      data: s.review,
      ...(review ? { definition: { kind: 'review', key: review.key, version: review.version } } : {}),
    },
  ];
  const reasons = s.review.matched.filter((m) => m.action !== 'pass' && m.action !== 'flag').map((m) => m.message).join('; ');
  if (s.status === 'rejected') rows.push({ type: 'order-rejected', message: reasons, data: { matched: s.review.matched } });
  if (s.status === 'on-hold') rows.push({ type: 'order-held', message: reasons, data: { matched: s.review.matched } });
  if (s.status === 'received' && !s.flowStarted) rows.push({ type: 'flow-not-started', message: noFlow, data: { reason: noFlow } });
  return rows;
}
