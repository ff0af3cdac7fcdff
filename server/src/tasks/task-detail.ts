import type { Knex } from 'knex';
import type { AuthInfo } from '../http/route-spec.js';
import { taskSummary } from '../orders/console/order-detail.js';
import { assertCanView, loadTask } from './task-access.js';

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

/** A task for the approver: the task, its order's summary and form data, the editable fields, and its history. */
export async function getTaskDetail(db: Knex, auth: AuthInfo, id: string) {
  const task = await loadTask(db, auth.tenantId, id);
  assertCanView(task, auth);
  const [order, history] = await Promise.all([
    db('orders').where({ tenant_id: auth.tenantId, id: task.order_id }).first(),
    db('order_events')
      .where({ tenant_id: auth.tenantId, order_id: task.order_id })
      .andWhere((w) => w.whereRaw(`data->>'task' = ?`, [task.id]).orWhereRaw(`data->>'task' = ?`, [task.flow_task_id]))
      .orderBy('seq'),
  ]);
  return {
    task: taskSummary(task),
    order: order && {
      id: order.id,
      number: order.number,
      status: order.status,
      businessStatus: order.business_status,
      channel: order.channel,
      customer: { id: order.customer_id, email: order.customer_email, name: order.customer_name },
      currency: order.currency,
      total: order.total === null ? null : Number(order.total),
      placedAt: iso(order.placed_at),
      lines: order.body?.lines ?? [],
      review: order.review,
    },
    formData: order?.form?.data ?? null,
    editableFields: Array.isArray(task.fields) ? task.fields : [],
    history: history.map((e) => ({ at: iso(e.at), type: e.type, actor: e.actor_label, message: e.message, data: e.data })),
  };
}
