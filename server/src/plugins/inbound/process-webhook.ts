import type { WebhookParseResult } from '@oms/runtime';
import type { AppDeps } from '../../http/route-spec.js';
import { platformOf } from '../admin/platform-of.js';
import { addDeadLetter } from '../store/dead-letters.js';
import { itemKindOfEvent, takeIn } from './take-in.js';

export interface WebhookJob {
  tenantId: string;
  installationId: string;
  deliveryId: string;
}

export interface WebhookJobOutcome {
  status: 'processed' | 'failed' | 'skipped';
  events: number;
  created: number;
  deadLetters: number;
}

/**
 * Job: the plugin parses the verified delivery (its `webhook.parse`), each event goes to the order service.
 * A delivery already processed is skipped (job retried after commit). Retryable plugin errors throw (graphile
 * retries with backoff); a definitive error or a refused item becomes a dead letter.
 */
export async function processWebhook(deps: AppDeps, job: WebhookJob, opts: { final?: boolean } = {}): Promise<WebhookJobOutcome> {
  const platform = platformOf(deps);
  const key = { tenant_id: job.tenantId, installation_id: job.installationId, delivery_id: job.deliveryId };
  const d = await deps.db('plugin_webhook_deliveries').where(key).first();
  const row = await platform.installation(job.tenantId, job.installationId);
  if (!d || !row || d.status === 'processed') return { status: 'skipped', events: 0, created: 0, deadLetters: 0 };
  const at = () => new Date(deps.clock.now());
  const out = await platform.run(row, { op: 'webhook', delivery: { headers: d.headers, rawBody: d.body, receivedAt: new Date(d.received_at).getTime() } });
  if (!out.ok) {
    const retry = out.error.class === 'retryable' || out.error.class === 'rate-limited';
    if (retry && !opts.final) throw new Error(`webhook ${job.deliveryId}: ${out.error.code} ${out.error.message}`);
    await addDeadLetter(deps.db, { tenantId: job.tenantId, installationId: row.id, pluginId: row.plugin_id, kind: 'webhook', payload: { deliveryId: job.deliveryId }, error: out.error, at: at() });
    await deps.db('plugin_webhook_deliveries').where(key).update({ status: 'failed', result: JSON.stringify({ error: out.error }), processed_at: at() });
    return { status: 'failed', events: 0, created: 0, deadLetters: 1 };
  }
  const parsed = (out.value ?? { events: [] }) as WebhookParseResult;
  let created = 0;
  let dead = 0;
  for (const [i, e] of (parsed.events ?? []).entries()) {
    const kind = itemKindOfEvent(String(e.type ?? ''));
    const r = await takeIn(deps, { tenantId: job.tenantId, pluginId: row.plugin_id, kind, item: e.payload, requestId: `hook:${job.deliveryId}:${i}` });
    if (r.ok) created += r.created ? 1 : 0;
    else {
      dead++;
      await addDeadLetter(deps.db, { tenantId: job.tenantId, installationId: row.id, pluginId: row.plugin_id, kind: 'intake', capability: `webhook:${e.type}`, payload: { kind, item: e.payload, deliveryId: job.deliveryId }, error: { class: 'validation', code: r.code, message: r.message }, at: at() });
    }
  }
  const events = parsed.events?.length ?? 0;
  await deps.db('plugin_webhook_deliveries').where(key).update({ status: 'processed', result: JSON.stringify({ events, created, deadLetters: dead }), processed_at: at() });
  return { status: 'processed', events, created, deadLetters: dead };
}
