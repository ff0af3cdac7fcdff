import { canTransition, isOrderStatus, type OrderStatus } from '@oms/runtime';
import { transitionOrder } from '../../orders/order-status.js';
import type { EffectCtx } from './context.js';

/**
 * Move the order's lifecycle status as a consequence of a flow step, when the map allows it from where the
 * order is now. A flow step never forces a move (an order an operator put on hold stays on hold); the step
 * itself is on the timeline either way. Returns whether the order moved.
 */
export async function followLifecycle(ctx: EffectCtx, path: readonly OrderStatus[], reason: string, set?: Record<string, unknown>): Promise<boolean> {
  let moved = false;
  for (const to of path) {
    const row = await ctx.trx('orders').where({ tenant_id: ctx.tenantId, id: ctx.orderId }).first('status');
    const from = row?.status;
    if (from === 'on-hold' && to !== 'on-hold' && canTransition(from, to)) {
      // held by an operator: the hold stands, but release will return the order to where its flow got to
      await ctx.trx('orders').where({ tenant_id: ctx.tenantId, id: ctx.orderId }).update({ status_before: to });
      continue;
    }
    if (!isOrderStatus(from) || from === to || !canTransition(from, to)) continue;
    await transitionOrder(ctx.trx, { tenantId: ctx.tenantId, orderId: ctx.orderId, to, actor: ctx.actor, at: ctx.at, reason, set });
    moved = true;
  }
  return moved;
}
