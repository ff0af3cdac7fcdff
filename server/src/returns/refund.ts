import type { AppDeps } from '../http/route-spec.js';
import { SYSTEM_ACTOR, appendTimeline } from '../orders/timeline.js';

/** The installed capability that refunds: `<channel>.refund`, else any `*.refund` (the demo installs `demo.refund`). */
export function pickRefundCapability(installed: string[], channel: string): string | undefined {
  return installed.find((c) => c === `${channel}.refund`) ?? installed.find((c) => c.endsWith('.refund'));
}

/**
 * Job: refund what a received return brought back (Σ received qty × unit price) through the plugin host,
 * keyed by the return so a retried job never refunds twice. No refund connector → the return waits for a
 * manual refund (timeline note).
 */
export async function refundReturn(deps: AppDeps, job: { tenantId: string; returnId: string }): Promise<void> {
  const ret = await deps.db('returns').where({ tenant_id: job.tenantId, id: job.returnId }).first();
  if (!ret || ret.status === 'refunded') return;
  const order = await deps.db('orders').where({ tenant_id: job.tenantId, id: ret.order_id }).first('channel', 'number', 'external_id', 'currency');
  const lines = await deps.db('return_lines as r')
    .join('order_lines as o', function () {
      this.on('o.tenant_id', 'r.tenant_id').andOn('o.order_id', 'r.order_id').andOn('o.line_id', 'r.line_id');
    })
    .where({ 'r.tenant_id': job.tenantId, 'r.return_id': job.returnId })
    .select('r.line_id', 'r.received_qty', 'o.unit_price');
  const amount = Math.round(lines.reduce((n, l) => n + l.received_qty * Number(l.unit_price ?? 0), 0) * 100) / 100;
  const at = new Date(deps.clock.now());
  const capability = deps.pluginHost ? pickRefundCapability(await deps.pluginHost.capabilities(job.tenantId), order.channel) : undefined;
  if (!capability || !deps.pluginHost) {
    await appendTimeline(deps.db, { tenantId: job.tenantId, orderId: ret.order_id, type: 'refund-manual', actor: SYSTEM_ACTOR, at, message: `No refund connector: refund ${amount} ${order.currency ?? ''} by hand` });
    return;
  }
  const outcome = await deps.pluginHost.call({
    tenantId: job.tenantId,
    capability,
    idempotencyKey: `refund:${job.tenantId}:${job.returnId}`,
    input: { order: order.external_id ?? order.number, return: ret.number, amount, currency: order.currency },
  });
  if (!outcome.ok && (outcome.error.class === 'retryable' || outcome.error.class === 'rate-limited')) {
    throw new Error(`${capability}: ${outcome.error.code} ${outcome.error.message}`);
  }
  await deps.db.transaction(async (trx) => {
    await trx('returns').where({ tenant_id: job.tenantId, id: job.returnId }).update({
      status: outcome.ok ? 'refunded' : ret.status,
      refund: JSON.stringify({ capability, amount, currency: order.currency, outcome }),
      updated_at: at,
    });
    await appendTimeline(trx, {
      tenantId: job.tenantId, orderId: ret.order_id, type: outcome.ok ? 'refunded' : 'refund-failed', actor: SYSTEM_ACTOR, at,
      data: { return: job.returnId, amount, capability, ...(outcome.ok ? { status: outcome.status } : { error: outcome.error }) },
    });
  });
}
