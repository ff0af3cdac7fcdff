import type { AppDeps } from '../../http/route-spec.js';
import type { AppTask } from '../../jobs/task-list.js';
import { platformOf } from '../admin/platform-of.js';
import { toCallOutcome } from '../platform/platform-host.js';
import { addDeadLetter } from '../store/dead-letters.js';
import type { SalesOrderJob, ShippingOrderJob } from './order-push-enqueue.js';
import { salesOrderInput, shippingOrderInput, type OrderRow } from './order-push-input.js';
import { ORDER_PUSH_TASKS, SALES_ORDER, SHIPPING_ORDER, salesOrderKey, shippingOrderKey } from './order-push-names.js';
import { autoPushOn, capabilityKey } from './order-push-targets.js';

export type PushResult = 'pushed' | 'skipped' | 'failed';

/**
 * Run one automatic push through the platform (host retries, circuit breaker, deadline). A transient failure
 * throws so graphile-worker runs the job again with backoff (same idempotency key); the last attempt, or a
 * definitive failure, becomes a dead letter (replayable from the admin API under the same key).
 */
async function push(deps: AppDeps, job: SalesOrderJob, standard: string, key: string, build: (o: OrderRow) => unknown, final: boolean): Promise<PushResult> {
  const platform = platformOf(deps);
  const row = await platform.installation(job.tenantId, job.installationId);
  const capability = row && capabilityKey(row, standard);
  if (!row || !row.enabled || !capability || !autoPushOn(row)) return 'skipped';
  const order: OrderRow | undefined = await deps.db('orders').where({ tenant_id: job.tenantId, id: job.orderId }).first('number', 'body');
  if (!order) return 'skipped';
  const input = build(order);
  const out = await platform.run(row, { op: 'capability', capability, input, idempotencyKey: key });
  const outcome = out.ok ? toCallOutcome(out.value) : { ok: false as const, error: out.error };
  if (outcome.ok) return 'pushed';
  const retry = outcome.error.class === 'retryable' || outcome.error.class === 'rate-limited';
  if (retry && !final) throw new Error(`${standard} ${job.orderId}: ${outcome.error.code} ${outcome.error.message}`);
  await addDeadLetter(deps.db, { tenantId: row.tenant_id, installationId: row.id, pluginId: row.plugin_id, kind: 'capability', capability, payload: { input }, idempotencyKey: key, error: outcome.error, at: new Date(deps.clock.now()) });
  return 'failed';
}

export const pushSalesOrder = (deps: AppDeps, job: SalesOrderJob, opts: { final?: boolean } = {}) =>
  push(deps, job, SALES_ORDER, salesOrderKey(job.tenantId, job.orderId), salesOrderInput, !!opts.final);

export const pushShippingOrder = (deps: AppDeps, job: ShippingOrderJob, opts: { final?: boolean } = {}) =>
  push(deps, job, SHIPPING_ORDER, shippingOrderKey(job.tenantId, job.orderId, job.location), (o) => shippingOrderInput(o, job.location, job.lines), !!opts.final);

/** Spread into the worker's task list (server/src/jobs/task-list.ts). */
export const orderPushTasks: Record<string, AppTask> = {
  [ORDER_PUSH_TASKS.salesOrder]: async (payload, helpers, deps) => {
    await pushSalesOrder(deps, payload, { final: helpers.job.attempts >= helpers.job.max_attempts });
  },
  [ORDER_PUSH_TASKS.shippingOrder]: async (payload, helpers, deps) => {
    await pushShippingOrder(deps, payload, { final: helpers.job.attempts >= helpers.job.max_attempts });
  },
};
