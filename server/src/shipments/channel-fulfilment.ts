import type { AppDeps } from '../http/route-spec.js';
import { SYSTEM_ACTOR, appendTimeline } from '../orders/timeline.js';

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
export async function pushChannelFulfilment(deps: AppDeps, job: { tenantId: string; shipmentId: string }): Promise<void> {
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
  const outcome = await host.call({
    tenantId: job.tenantId,
    capability,
    idempotencyKey: `shipment:${job.tenantId}:${job.shipmentId}`,
    input: { order: s.external_id ?? s.number, carrier: s.carrier, tracking: s.tracking, trackingUrl: s.tracking_url, location: s.location_id },
  });
  if (!outcome.ok && (outcome.error.class === 'retryable' || outcome.error.class === 'rate-limited')) {
    throw new Error(`${capability}: ${outcome.error.code} ${outcome.error.message}`); // graphile-worker retries with backoff
  }
  await appendTimeline(deps.db, {
    tenantId: job.tenantId, orderId: s.order_id, type: outcome.ok ? 'channel-updated' : 'channel-update-failed', actor: SYSTEM_ACTOR, at,
    data: outcome.ok ? { capability, status: outcome.status } : { capability, error: outcome.error },
  });
}
