import { deliverFlowEvent } from '../flows/driver.js';
import type { AppDeps } from '../http/route-spec.js';
import { HttpError, notFound } from '../http/errors.js';
import { adjustStock } from '../inventory/stock-service.js';
import { addJob } from '../jobs/queue.js';
import { appendTimeline, type Actor } from '../orders/timeline.js';
import { ORDER_OPS_TASKS } from '../shipments/task-names.js';

export interface ReceiptLine {
  lineId: string;
  qty: number;
  /** Inspection result: resellable goes back to on hand, damaged to the damaged bucket. */
  condition: 'resellable' | 'damaged';
  note?: string;
}

const RECEIVABLE = new Set(['requested', 'approved']);

/**
 * Goods of a return arrived at a location: each line is restocked (on hand) or set aside (damaged) with a
 * movement, quantities recorded. When everything asked back has arrived, the return is `received` and the refund
 * job is queued in the same transaction; the return's flow hears `return-received`.
 */
export async function receiveReturn(deps: AppDeps, tenantId: string, returnId: string, input: { location: string; lines: ReceiptLine[] }, actor: Actor) {
  const at = new Date(deps.clock.now());
  return deps.db.transaction(async (trx) => {
    const ret = await trx('returns').where({ tenant_id: tenantId, id: returnId }).forUpdate().first();
    if (!ret) throw notFound('Return');
    if (!RECEIVABLE.has(ret.status)) {
      throw new HttpError(409, 'return.not-receivable', `Return ${ret.number} is ${ret.status}`, { details: { status: ret.status } });
    }
    const lines = await trx('return_lines').where({ tenant_id: tenantId, return_id: returnId }).forUpdate().select();
    for (const [i, l] of input.lines.entries()) {
      const row = lines.find((x) => x.line_id === l.lineId);
      if (!row) throw new HttpError(400, 'return.unknown-line', `Line ${l.lineId} is not on return ${ret.number}`, { path: `/lines/${i}/lineId` });
      if (l.qty > row.qty - row.received_qty) {
        throw new HttpError(409, 'return.over-receipt', `Line ${l.lineId}: ${row.qty - row.received_qty} still expected`, { path: `/lines/${i}/qty` });
      }
      await adjustStock(trx, {
        tenantId, location: input.location, sku: row.sku, bucket: l.condition === 'damaged' ? 'damaged' : 'on_hand', delta: l.qty,
        reason: `return ${ret.number}: ${l.condition}`, actor,
      });
      const col = l.condition === 'damaged' ? 'damaged_qty' : 'restocked_qty';
      await trx('return_lines')
        .where({ tenant_id: tenantId, return_id: returnId, line_id: l.lineId })
        .update({ received_qty: trx.raw('received_qty + ?', [l.qty]), [col]: trx.raw(`${col} + ?`, [l.qty]), location_id: input.location, inspection: l.note ?? l.condition });
      await trx('order_lines').where({ tenant_id: tenantId, order_id: ret.order_id, line_id: l.lineId }).increment('returned_qty', l.qty);
      row.received_qty += l.qty;
    }
    const complete = lines.every((l) => l.received_qty >= l.qty);
    await trx('returns').where({ tenant_id: tenantId, id: returnId }).update({ status: complete ? 'received' : ret.status, ...(complete ? { received_at: at } : {}), updated_at: at });
    await appendTimeline(trx, {
      tenantId, orderId: ret.order_id, type: 'return-received', actor, at,
      data: { return: returnId, number: ret.number, location: input.location, lines: input.lines, complete },
    });
    if (complete) await addJob(trx, ORDER_OPS_TASKS.returnRefund, { tenantId, returnId });
    if (ret.instance_id) {
      const event = { type: 'external', id: `return-received:${returnId}:${lines.reduce((n, l) => n + l.received_qty, 0)}`, name: 'return-received', payload: { complete } };
      await deliverFlowEvent(deps, { tenantId, instanceId: ret.instance_id, event: event as never, actor }, trx);
    }
    return { id: returnId, number: ret.number, status: complete ? 'received' : ret.status };
  });
}
