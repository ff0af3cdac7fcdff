import type { AppDeps } from '../../http/route-spec.js';
import { notFound } from '../../http/errors.js';
import { processWebhook } from '../inbound/process-webhook.js';
import { takeIn, type ItemKind } from '../inbound/take-in.js';
import { manifestKeyFor } from '../packages/manifest-validate.js';
import { toCallOutcome } from '../platform/platform-host.js';
import { deadLetterJson } from '../store/dead-letters.js';
import { platformOf } from './platform-of.js';

type Result = { ok: true; value?: unknown } | { ok: false; error: { code: string; message: string; class?: string } };

/**
 * Replay a dead letter: the capability call again with its original idempotency key (so a push the remote did
 * apply answers `already-applied`), the webhook delivery again, or the refused item through the order service
 * again. The letter records the outcome: `replayed`, or `failed-again` with the new error (replay again later).
 */
export async function replayDeadLetter(deps: AppDeps, tenantId: string, id: string, requestId: string) {
  const platform = platformOf(deps);
  const d = await deps.db('plugin_dead_letters').where({ tenant_id: tenantId, id }).first();
  if (!d) throw notFound('Dead letter');
  const row = await platform.installation(tenantId, d.installation_id);
  let result: Result;
  if (!row) result = { ok: false, error: { code: 'installation.missing', message: 'The installation was removed' } };
  else if (d.kind === 'webhook') {
    await deps.db('plugin_webhook_deliveries').where({ tenant_id: tenantId, installation_id: row.id, delivery_id: d.payload.deliveryId }).update({ status: 'queued' });
    const r = await processWebhook(deps, { tenantId, installationId: row.id, deliveryId: d.payload.deliveryId }, { final: true }).catch((e: Error) => ({ status: 'failed' as const, error: e.message }));
    result = r.status === 'processed' && 'deadLetters' in r && r.deadLetters === 0 ? { ok: true, value: r } : { ok: false, error: { code: 'hook.replay-failed', message: JSON.stringify(r).slice(0, 500) } };
  } else if (d.kind === 'intake') {
    const r = await takeIn(deps, { tenantId, pluginId: row.plugin_id, kind: d.payload.kind as ItemKind, item: d.payload.item, requestId });
    result = r.ok ? { ok: true, value: r } : { ok: false, error: { code: r.code, message: r.message } };
  } else {
    const key = manifestKeyFor({ capabilities: Object.fromEntries(row.capabilities.map((k) => [k, {} as never])) }, d.capability);
    if (!key) result = { ok: false, error: { code: 'plugin.unknown-capability', message: `${row.plugin_id} ${row.version} has no ${d.capability}` } };
    else {
      const out = await platform.run(row, { op: 'capability', capability: key, input: d.payload.input, idempotencyKey: d.idempotency_key ?? `replay:${d.id}` });
      const call = out.ok ? toCallOutcome(out.value) : { ok: false as const, error: out.error };
      result = call.ok ? { ok: true, value: { status: call.status } } : { ok: false, error: call.error };
    }
  }
  const [u] = await deps.db('plugin_dead_letters').where({ tenant_id: tenantId, id })
    .update({
      status: result.ok ? 'replayed' : 'failed-again', attempts: d.attempts + 1, replayed_at: new Date(deps.clock.now()),
      replay_result: JSON.stringify(result.ok ? { ok: true } : { ok: false, error: result.error }),
    })
    .returning('*');
  return deadLetterJson(u);
}
