import type { AppDeps } from '../../http/route-spec.js';
import { platformOf } from '../admin/platform-of.js';
import { manifestKeyFor } from '../packages/manifest-validate.js';
import { toCallOutcome } from '../platform/platform-host.js';
import { addDeadLetter } from '../store/dead-letters.js';

export interface PushStockJob {
  tenantId: string;
  installationId: string;
  sku: string;
}

/**
 * Job (enqueued by migration 0011's stock trigger, debounced per installation + SKU by its job key): push the
 * SKU's available quantity (Σ over locations of on hand − reserved − safety, never below 0). The idempotency key
 * names the level's last change, so a retried job is `already-applied` and a new change is a new push.
 */
export async function pushStock(deps: AppDeps, job: PushStockJob, opts: { final?: boolean } = {}): Promise<'pushed' | 'skipped' | 'failed'> {
  const platform = platformOf(deps);
  const row = await platform.installation(job.tenantId, job.installationId);
  const key = row && manifestKeyFor({ capabilities: Object.fromEntries(row.capabilities.map((k) => [k, {} as never])) }, 'push-stock');
  if (!row || !row.enabled || !key) return 'skipped';
  const level = await deps.db('stock_levels').where({ tenant_id: job.tenantId, sku: job.sku })
    .first(deps.db.raw('COALESCE(SUM(GREATEST(on_hand - reserved - safety, 0)), 0)::int AS available'), deps.db.raw('MAX(updated_at) AS changed'));
  const available = Number(level?.available ?? 0);
  const changed = level?.changed ? new Date(level.changed).getTime() : 0;
  const input = { levels: [{ sku: job.sku, available }] };
  const idempotencyKey = `stock:${row.id}:${job.sku}:${available}:${changed}`;
  const out = await platform.run(row, { op: 'capability', capability: key, input, idempotencyKey });
  const outcome = out.ok ? toCallOutcome(out.value) : { ok: false as const, error: out.error };
  if (outcome.ok) return 'pushed';
  const retry = outcome.error.class === 'retryable' || outcome.error.class === 'rate-limited';
  if (retry && !opts.final) throw new Error(`push-stock ${job.sku}: ${outcome.error.code} ${outcome.error.message}`);
  await addDeadLetter(deps.db, { tenantId: row.tenant_id, installationId: row.id, pluginId: row.plugin_id, kind: 'capability', capability: key, payload: { input }, idempotencyKey, error: outcome.error, at: new Date(deps.clock.now()) });
  return 'failed';
}
