import type { FlowCommand } from '@oms/runtime';
import { appendTimeline } from '../../orders/timeline.js';
import type { DbEffect } from './context.js';
import { followLifecycle } from './order-moves.js';

type SetStatus = Extract<FlowCommand, { type: 'set-status' }>;
type Notify = Extract<FlowCommand, { type: 'notify' }>;
type FlowCompleted = Extract<FlowCommand, { type: 'flow-completed' }>;

/** The analyst-named business status beside the canonical one (never touches the lifecycle). */
export const setStatus: DbEffect<SetStatus> = async (ctx, cmd) => {
  await ctx.trx('orders').where({ tenant_id: ctx.tenantId, id: ctx.orderId }).update({ business_status: cmd.status, updated_at: ctx.at });
  await appendTimeline(ctx.trx, {
    tenantId: ctx.tenantId,
    orderId: ctx.orderId,
    type: 'business-status',
    actor: ctx.actor,
    at: ctx.at,
    data: { status: cmd.status, node: cmd.node },
  });
  return { result: { status: cmd.status } };
};

/** Notifications are recorded on the timeline (delivery channels arrive with the notify plugins). */
export const notify: DbEffect<Notify> = async (ctx, cmd) => {
  await appendTimeline(ctx.trx, {
    tenantId: ctx.tenantId,
    orderId: ctx.orderId,
    type: 'notification',
    actor: ctx.actor,
    at: ctx.at,
    message: cmd.template,
    data: { node: cmd.node, template: cmd.template, to: cmd.to, channel: cmd.channel ?? null, data: cmd.data ?? null },
  });
  return { result: { recorded: true } };
};

/**
 * The flow ended. Lifecycle consequences: a cancelled flow cancels the order (where the map allows), a failed
 * flow (a step failed with no `failed` path; its compensations are already queued) puts the order in
 * `exception`; a completed flow whose outcome is `rejected` rejects the order (an approval said no); any other
 * completed flow completes an order that is already shipped or delivered, and otherwise leaves the lifecycle to
 * shipments.
 */
export const flowCompleted: DbEffect<FlowCompleted> = async (ctx, cmd) => {
  await appendTimeline(ctx.trx, {
    tenantId: ctx.tenantId,
    orderId: ctx.orderId,
    type: 'flow-completed',
    actor: ctx.actor,
    at: ctx.at,
    data: { status: cmd.status, outcome: cmd.outcome },
  });
  const reason = `flow ${cmd.status}: ${cmd.outcome}`;
  if (cmd.status === 'cancelled') await followLifecycle(ctx, ['cancelled'], reason);
  else if (cmd.status === 'failed') {
    await followLifecycle(ctx, ['exception'], reason, { exception: JSON.stringify({ flow: { status: cmd.status, outcome: cmd.outcome } }) });
  } else if (cmd.outcome === 'rejected') await followLifecycle(ctx, ['rejected'], reason);
  else {
    const row = await ctx.trx('orders').where({ tenant_id: ctx.tenantId, id: ctx.orderId }).first('status');
    if (row?.status === 'shipped' || row?.status === 'delivered') await followLifecycle(ctx, ['completed'], reason);
  }
  return { result: { status: cmd.status, outcome: cmd.outcome } };
};
