import type { AppDeps } from '../http/route-spec.js';
import { SYSTEM_ACTOR, appendTimeline } from '../orders/timeline.js';
import { isPlatformHost } from '../plugins/platform/platform-host.js';
import { addDeadLetter } from '../plugins/store/dead-letters.js';

/**
 * The installed capability that pushes fulfilment to a channel: `<channel>.push-fulfilment` (e.g. a Vendure
 * connector installed as channel `vendure`). Convention over configuration until installations name channels.
 */
export const fulfilmentCapability = (channel: string) => `${channel}.push-fulfilment`;

/**
 * Job: tell the order's sales channel that a shipment left, with tracking. The idempotency key is the
 * shipment, so a retried job is `already-applied` at the connector. No connector for the channel → a timeline
 * note (nothing to push), not an error.
 */
export async function pushChannelFulfilment(deps: AppDeps, job: { tenantId: string; shipmentId: string }, attempt: { final?: boolean } = {}): Promise<void> {
  const s = await deps.db('shipments as s')
    .join('orders as o', function () {
      this.on('o.tenant_id', 's.tenant_id').andOn('o.id', 's.order_id');
    })
    .where({ 's.tenant_id': job.tenantId, 's.id': job.shipmentId })
    .first('s.order_id', 's.carrier', 's.tracking', 's.tracking_url', 's.location_id', 'o.channel', 'o.external_id', 'o.number');
  if (!s) return;
  const capability = fulfilmentCapability(s.channel);
  const host = deps.pluginHost;
  const at = new Date(deps.clock.now());
  const installed = host ? (await host.capabilities(job.tenantId)).includes(capability) : false;
  if (!installed || !host) {
    await appendTimeline(deps.db, { tenantId: job.tenantId, orderId: s.order_id, type: 'channel-update-skipped', actor: SYSTEM_ACTOR, at, message: `No ${capability} connector installed` });
    return;
  }
  const lines = await deps.db('shipment_lines').where({ tenant_id: job.tenantId, shipment_id: job.shipmentId }).orderBy('line_id').select('sku', 'qty');
  // CONTRACT3 push-fulfilment input: the remote order code, status, tracking and the shipped lines by SKU.
  const input = {
    order: s.external_id ?? s.number, status: 'shipped' as const,
    ...(s.carrier ? { carrier: s.carrier } : {}), ...(s.tracking ? { tracking: s.tracking } : {}), ...(s.tracking_url ? { trackingUrl: s.tracking_url } : {}),
    lines: lines.map((l) => ({ sku: l.sku as string, qty: l.qty as number })),
  };
  const idempotencyKey = `shipment:${job.tenantId}:${job.shipmentId}`;
  const outcome = await host.call({ tenantId: job.tenantId, capability, idempotencyKey, input });
  const retryable = !outcome.ok && (outcome.error.class === 'retryable' || outcome.error.class === 'rate-limited');
  if (retryable && !attempt.final) {
    throw new Error(`${capability}: ${!outcome.ok && outcome.error.code}`); // graphile-worker retries with backoff
  }
  if (!outcome.ok && isPlatformHost(host)) {
    // Given up (definitive error, or the last attempt): keep it for replay from the dead-letter queue.
    const pluginId = String(s.channel);
    const inst = await host.platform.byPlugin(job.tenantId, pluginId);
    if (inst) {
      await addDeadLetter(deps.db, { tenantId: job.tenantId, installationId: inst.id, pluginId, kind: 'capability', capability: 'push-fulfilment', payload: { input }, idempotencyKey, error: outcome.error, at });
    }
  }
  await appendTimeline(deps.db, {
    tenantId: job.tenantId, orderId: s.order_id, type: outcome.ok ? 'channel-updated' : 'channel-update-failed', actor: SYSTEM_ACTOR, at,
    data: outcome.ok ? { capability, status: outcome.status } : { capability, error: outcome.error },
  });
}
