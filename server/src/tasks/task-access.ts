import type { Knex } from 'knex';
import { HttpError, notFound } from '../http/errors.js';
import type { AuthInfo } from '../http/route-spec.js';

export interface TaskRow {
  tenant_id: string;
  id: string;
  instance_id: string;
  flow_task_id: string;
  order_id: string;
  node: string;
  title: unknown;
  assignee_user: string | null;
  assignee_role: string | null;
  on_behalf_of: string | null;
  claimed_by: string | null;
  status: 'open' | 'done' | 'cancelled';
  fields: unknown;
  due_at: Date | null;
  [k: string]: unknown;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The task row, locked when `forUpdate` (decisions serialise on it). Another tenant's task is a plain 404. */
export async function loadTask(db: Knex | Knex.Transaction, tenantId: string, id: string, forUpdate = false): Promise<TaskRow> {
  if (!UUID.test(id)) throw notFound('Task');
  const q = db('tasks').where({ tenant_id: tenantId, id });
  const row = await (forUpdate ? q.forUpdate() : q).first();
  if (!row) throw notFound('Task');
  return row as TaskRow;
}

/** The flow's encoding of a principal, as the approval node stores it (`u:<user>`), or an API key. */
export const principalOf = (auth: AuthInfo) => (auth.userId ? auth.userId : `key:${auth.apiKeyId}`);

export const isAssignee = (t: TaskRow, auth: AuthInfo) =>
  (t.assignee_user !== null && t.assignee_user === auth.userId) || (t.assignee_role !== null && t.assignee_role === auth.role);

/**
 * Who may act on a task: its assignee user, a member of its role (unless another member claimed it), or the
 * claimer. Stable codes: 409 `task.closed`, 403 `task.not-assignee`, 409 `task.claimed-by-other`.
 */
export function assertCanAct(t: TaskRow, auth: AuthInfo): void {
  if (t.status !== 'open') throw new HttpError(409, 'task.closed', `The task is ${t.status}`, { details: { status: t.status } });
  if (t.claimed_by && t.claimed_by === auth.userId) return;
  if (!isAssignee(t, auth)) throw new HttpError(403, 'task.not-assignee', 'This task is not assigned to you or your role');
  if (t.claimed_by && t.assignee_user !== auth.userId) {
    throw new HttpError(409, 'task.claimed-by-other', 'Another member of the role has claimed this task', { details: { claimedBy: t.claimed_by } });
  }
}

/** Seeing a task: who may act on it, and the order desk (admin, operator) for oversight. */
export function assertCanView(t: TaskRow, auth: AuthInfo): void {
  if (auth.role === 'admin' || auth.role === 'operator') return;
  if (isAssignee(t, auth) || (t.claimed_by !== null && t.claimed_by === auth.userId) || t['decided_by'] === auth.userId) return;
  throw new HttpError(403, 'task.not-assignee', 'This task is not assigned to you or your role');
}
