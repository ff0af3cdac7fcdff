import type { Knex } from 'knex';
import { v7 as uuidv7 } from 'uuid';
import type { FlowDefinition } from '@oms/runtime';
import { startFlowInstance } from '../flows/driver.js';
import type { AppDeps } from '../http/route-spec.js';
import { HttpError } from '../http/errors.js';
import { lockOrder } from '../orders/order-load.js';
import { appendTimeline, type Actor } from '../orders/timeline.js';

/** The published flow every return runs when no other is named: key `returns`. */
export const DEFAULT_RETURN_FLOW = 'returns';
const RETURNABLE = new Set(['partially-shipped', 'shipped', 'delivered', 'completed']);

export interface ReturnRequest {
  orderId: string;
  reason: string;
  lines: Array<{ lineId: string; qty: number }>;
  /** A published flow key for this return (default `returns`, if published). */
  flow?: string;
}

async function latestFlow(trx: Knex.Transaction, tenantId: string, key: string): Promise<FlowDefinition | undefined> {
  const row = await trx('definition_heads as h')
    .join('definitions as d', function () {
      this.on('d.tenant_id', 'h.tenant_id').andOn('d.kind', 'h.kind').andOn('d.key', 'h.key').andOn('d.version', 'h.latest_version');
    })
    .where({ 'h.tenant_id': tenantId, 'h.kind': 'flow', 'h.key': key })
    .whereNull('h.archived_at')
    .where('h.latest_version', '>', 0)
    .first('d.body', 'd.version');
  return row ? ({ ...row.body, version: row.version } as FlowDefinition) : undefined;
}

/**
 * An RMA against shipped lines: at most what shipped minus what open returns already claim. It runs its own
 * flow (the named one, or the published `returns` flow) pinned to that version; without one it is approved.
 */
export async function requestReturn(deps: AppDeps, tenantId: string, req: ReturnRequest, actor: Actor) {
  const at = new Date(deps.clock.now());
  return deps.db.transaction(async (trx) => {
    const order = await lockOrder(trx, tenantId, req.orderId);
    if (!RETURNABLE.has(order.status)) {
      throw new HttpError(409, 'return.not-shipped', `Order ${order.number} is ${order.status}: only shipped lines can be returned`, { details: { status: order.status } });
    }
    const shipped = await trx('order_lines').where({ tenant_id: tenantId, order_id: order.id }).select('line_id', 'sku', 'shipped_qty');
    const claimed = await trx('return_lines as l')
      .join('returns as r', function () {
        this.on('r.tenant_id', 'l.tenant_id').andOn('r.id', 'l.return_id');
      })
      .where({ 'l.tenant_id': tenantId, 'l.order_id': order.id })
      .whereNotIn('r.status', ['rejected', 'cancelled'])
      .groupBy('l.line_id')
      .select('l.line_id', trx.raw('sum(l.qty)::int AS n'));
    const open = new Map(claimed.map((c) => [c.line_id, c.n as number]));
    const lines = req.lines.map((l, i) => {
      const row = shipped.find((s) => s.line_id === l.lineId);
      if (!row) throw new HttpError(400, 'return.unknown-line', `No line ${l.lineId} on ${order.number}`, { path: `/lines/${i}/lineId` });
      const left = row.shipped_qty - (open.get(l.lineId) ?? 0);
      if (l.qty > left) throw new HttpError(409, 'return.too-many', `Line ${l.lineId}: ${left} shipped and not yet returned`, { path: `/lines/${i}/qty` });
      open.set(l.lineId, (open.get(l.lineId) ?? 0) + l.qty);
      return { ...l, sku: row.sku as string };
    });
    const { rows } = await trx.raw(
      `INSERT INTO tenant_counters AS c (tenant_id, name, value) VALUES (?, 'return', 1)
       ON CONFLICT (tenant_id, name) DO UPDATE SET value = c.value + 1 RETURNING value`,
      [tenantId],
    );
    const id = uuidv7();
    const number = `RMA-${String(rows[0].value).padStart(6, '0')}`;
    const flow = await latestFlow(trx, tenantId, req.flow ?? DEFAULT_RETURN_FLOW);
    if (req.flow && !flow) throw new HttpError(422, 'return.flow-not-found', `No published flow ${req.flow}`, { path: '/flow' });
    await trx('returns').insert({
      tenant_id: tenantId, id, number, order_id: order.id, status: flow ? 'requested' : 'approved', reason: req.reason,
      created_by: actor.userId, api_key_id: actor.apiKeyId ?? null, created_at: at, updated_at: at,
    });
    await trx('return_lines').insert(lines.map((l) => ({ tenant_id: tenantId, return_id: id, order_id: order.id, line_id: l.lineId, sku: l.sku, qty: l.qty })));
    if (flow) {
      const { instanceId } = await startFlowInstance(trx, deps, { tenantId, orderId: order.id, purpose: 'return', returnId: id, definition: flow, order: { ...order.body, id: order.id }, actor, at });
      await trx('returns').where({ tenant_id: tenantId, id }).update({ instance_id: instanceId });
    }
    await appendTimeline(trx, {
      tenantId, orderId: order.id, type: 'return-requested', actor, at, message: req.reason,
      data: { return: id, number, lines: req.lines, flow: flow ? { key: flow.key, version: flow.version } : null },
      ...(flow ? { definition: { kind: 'flow', key: flow.key, version: flow.version ?? null } } : {}),
    });
    return { id, number, status: flow ? 'requested' : 'approved' };
  });
}
