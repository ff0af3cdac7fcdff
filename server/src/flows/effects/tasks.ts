import { randomUUID } from 'node:crypto';
import type { FlowCommand } from '@oms/runtime';
import { appendTimeline } from '../../orders/timeline.js';
import { PermanentCommandError, type DbEffect } from './context.js';
import { followLifecycle } from './order-moves.js';

type CreateTask = Extract<FlowCommand, { type: 'create-task' }>;
type CancelTask = Extract<FlowCommand, { type: 'cancel-task' }>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An inbox task (UNIQUE per instance + flow task id, so a re-run inserts nothing); the order awaits approval. */
export const createTask: DbEffect<CreateTask> = async (ctx, cmd) => {
  const a = cmd.assignee;
  const user = 'user' in a ? await resolveUser(ctx, a.user) : null;
  const inserted = await ctx
    .trx('tasks')
    .insert({
      tenant_id: ctx.tenantId,
      id: randomUUID(),
      instance_id: ctx.instanceId,
      flow_task_id: cmd.id,
      order_id: ctx.orderId,
      node: cmd.node,
      assignee_user: user,
      assignee_role: 'role' in a ? a.role : null,
      on_behalf_of: cmd.onBehalfOf ?? null,
      fields: cmd.fields ? JSON.stringify(cmd.fields) : null,
      due_at: cmd.due !== undefined ? new Date(cmd.due) : null,
      created_at: ctx.at,
    })
    .onConflict(['tenant_id', 'instance_id', 'flow_task_id'])
    .ignore()
    .returning('id');
  if (inserted.length === 0) return { result: { created: false } };
  await appendTimeline(ctx.trx, {
    tenantId: ctx.tenantId,
    orderId: ctx.orderId,
    type: 'task-created',
    actor: ctx.actor,
    at: ctx.at,
    data: { task: inserted[0].id, flowTask: cmd.id, node: cmd.node, assignee: a, due: cmd.due ?? null },
  });
  await followLifecycle(ctx, ['awaiting-approval'], `approval ${cmd.node}`);
  return { result: { created: true, task: inserted[0].id } };
};

export const cancelTask: DbEffect<CancelTask> = async (ctx, cmd) => {
  const n = await ctx
    .trx('tasks')
    .where({ tenant_id: ctx.tenantId, instance_id: ctx.instanceId, flow_task_id: cmd.id, status: 'open' })
    .update({ status: 'cancelled', closed_at: ctx.at });
  if (n > 0) {
    await appendTimeline(ctx.trx, {
      tenantId: ctx.tenantId,
      orderId: ctx.orderId,
      type: 'task-cancelled',
      actor: ctx.actor,
      at: ctx.at,
      data: { flowTask: cmd.id, node: cmd.node },
    });
  }
  return { result: { cancelled: n } };
};

/** Flow assignees name a user by id or by email (JSON Logic over the order may compute either). */
async function resolveUser(ctx: Parameters<DbEffect>[0], user: string): Promise<string> {
  const q = ctx.trx('users').where({ tenant_id: ctx.tenantId });
  const row = await (UUID.test(user) ? q.where({ id: user }) : q.whereRaw('lower(email) = lower(?)', [user])).first('id');
  if (!row) throw new PermanentCommandError('task.unknown-assignee', `No user ${user} in this tenant`);
  return row.id;
}
