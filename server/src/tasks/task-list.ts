import type { Knex } from 'knex';
import type { AuthInfo } from '../http/route-spec.js';
import { taskSummary } from '../orders/console/order-detail.js';

export interface TaskListQuery {
  status?: 'open' | 'done' | 'cancelled';
  order?: string;
  overdue?: boolean;
  limit?: number;
}

/** "Mine": assigned to me, claimed by me, or to my role and not claimed by someone else (decided by me, when done). */
function mine(auth: AuthInfo, status: string) {
  return (w: Knex.QueryBuilder) => {
    if (auth.userId) {
      w.where('t.assignee_user', auth.userId).orWhere('t.claimed_by', auth.userId);
      if (status !== 'open') w.orWhere('t.decided_by', auth.userId);
    }
    w.orWhere((r) => {
      r.where('t.assignee_role', auth.role);
      if (status === 'open') r.whereNull('t.claimed_by');
    });
  };
}

/** My inbox, due first (no due date last), with the counts the inbox header shows. */
export async function listMyTasks(db: Knex, auth: AuthInfo, q: TaskListQuery, now: Date) {
  const status = q.status ?? 'open';
  const base = () => db('tasks as t').where('t.tenant_id', auth.tenantId).andWhere(mine(auth, status));
  const list = base().andWhere('t.status', status);
  if (q.order) list.andWhere('t.order_id', q.order);
  if (q.overdue) list.andWhere('t.due_at', '<', now);
  const [rows, counts] = await Promise.all([
    list
      .join('orders as o', function () {
        this.on('o.tenant_id', 't.tenant_id').andOn('o.id', 't.order_id');
      })
      .orderByRaw('t.due_at ASC NULLS LAST, t.created_at ASC, t.id ASC')
      .limit(Math.min(q.limit ?? 100, 500))
      .select('t.*', 'o.number as order_number', 'o.status as order_status', 'o.customer_name', 'o.total', 'o.currency'),
    base()
      .andWhere('t.status', 'open')
      .first(
        db.raw('count(*)::int AS open'),
        db.raw('(count(*) FILTER (WHERE t.due_at < ?))::int AS overdue', [now]),
        db.raw('(count(*) FILTER (WHERE t.claimed_by IS NOT NULL))::int AS claimed'),
      ),
  ]);
  return {
    items: rows.map((r) => ({
      ...taskSummary(r),
      overdue: r.status === 'open' && r.due_at !== null && new Date(r.due_at) < now,
      order: { id: r.order_id, number: r.order_number, status: r.order_status, customerName: r.customer_name, total: r.total === null ? null : Number(r.total), currency: r.currency },
    })),
    counts: counts ?? { open: 0, overdue: 0, claimed: 0 },
  };
}
