import type { AppDeps } from '../../http/route-spec.js';
import { platformOf } from '../admin/platform-of.js';
import { manifestKeyFor } from '../packages/manifest-validate.js';
import { toCallOutcome } from '../platform/platform-host.js';
import { addDeadLetter } from '../store/dead-letters.js';

/** Named in migration 0017's trigger on order_events: keep in step. */
export const EVENT_PUBLISH_TASK = 'plugin-publish-event';

export interface PublishEventJob {
  tenantId: string;
  installationId: string;
  orderId: string;
  seq: string | number;
  /** Public event type: order.created, order.status-changed, order.cancelled, order.held, order.shipped. */
  type: string;
}

/** The event id subscribers dedupe by: stable for the (timeline entry, public type), the same on every retry. */
export const eventIdOf = (job: PublishEventJob) => `evt_${job.seq}_${job.type.replace(/^order\./, '')}`;

/** What subscribers receive as `data`: the order's identity and state, and what the timeline entry recorded. */
export async function eventPayload(deps: AppDeps, job: PublishEventJob): Promise<Record<string, unknown> | undefined> {
  const e = await deps.db('order_events').where({ tenant_id: job.tenantId, order_id: job.orderId, seq: job.seq }).first('at', 'type', 'message', 'data');
  const o = await deps.db('orders').where({ tenant_id: job.tenantId, id: job.orderId }).first('number', 'external_id', 'channel', 'status');
  if (!e || !o) return undefined;
  return {
    occurredAt: new Date(e.at).toISOString(),
    order: { id: job.orderId, number: o.number, externalId: o.external_id ?? null, channel: o.channel ?? null, status: o.status },
    timeline: { type: e.type, message: e.message ?? null, data: e.data ?? null },
  };
}

/**
 * Job (added by migration 0017's trigger in the transaction of the order change): call the installation's
 * `publish-event` through the platform (host retries with backoff, circuit breaker). Retryable / rate-limited
 * outcomes throw so graphile-worker tries again later; a definitive refusal (or the last attempt) becomes a dead
 * letter the admin can replay. The idempotency key is the event id, so a replay never doubles a delivery.
 */
export async function publishOrderEvent(deps: AppDeps, job: PublishEventJob, opts: { final?: boolean } = {}): Promise<'published' | 'skipped' | 'failed'> {
  const platform = platformOf(deps);
  const row = await platform.installation(job.tenantId, job.installationId);
  const key = row && manifestKeyFor({ capabilities: Object.fromEntries(row.capabilities.map((k) => [k, {} as never])) }, 'publish-event');
  if (!row || !row.enabled || !key) return 'skipped';
  const payload = await eventPayload(deps, job);
  if (!payload) return 'skipped';
  const id = eventIdOf(job);
  const input = { id, type: job.type, payload };
  const out = await platform.run(row, { op: 'capability', capability: key, input, idempotencyKey: id });
  const outcome = out.ok ? toCallOutcome(out.value) : { ok: false as const, error: out.error };
  if (outcome.ok) return 'published';
  const retry = outcome.error.class === 'retryable' || outcome.error.class === 'rate-limited';
  if (retry && !opts.final) throw new Error(`publish-event ${id}: ${outcome.error.code} ${outcome.error.message}`);
  await addDeadLetter(deps.db, { tenantId: row.tenant_id, installationId: row.id, pluginId: row.plugin_id, kind: 'capability', capability: key, payload: { input }, idempotencyKey: id, error: outcome.error, at: new Date(deps.clock.now()) });
  return 'failed';
}
