import type { Knex } from 'knex';
import { v7 as uuidv7 } from 'uuid';
import { writeAudit } from '../audit/audit.js';
import { deliverFlowEvent } from '../flows/driver.js';
import { HttpError } from '../http/errors.js';
import type { AppDeps, AuthInfo } from '../http/route-spec.js';
import { appendTimeline, type Actor } from '../orders/timeline.js';
import { assertCanAct, loadTask, principalOf, type TaskRow } from './task-access.js';

export type Decision = 'approve' | 'reject' | 'return' | 'reassign' | 'delegate' | 'add-approver' | 'comment';
export type Assignee = { user: string } | { role: string };

export interface DecisionInput {
  comment?: string;
  /** Values of the task's editable fields (stored with the decision). */
  fields?: Record<string, unknown>;
  to?: Assignee;
  position?: 'before' | 'after';
  target?: 'submitter' | 'previous';
}

const NEEDS_TO: ReadonlySet<Decision> = new Set(['reassign', 'delegate', 'add-approver']);

/**
 * One inbox action on a task, in one transaction: the task row is locked and checked (assignee, role, claim),
 * the `task-decided` event is delivered to the flow (its commands and jobs in the same transaction), the task
 * is closed with its decision (every action but `comment`: the flow opens new tasks for reassign / delegate /
 * add-approver), and the order timeline and the audit log record it. The event id comes from the request's
 * Idempotency-Key when it has one (a retried request is a duplicate event), else a fresh UUIDv7.
 */
export async function decideTask(
  deps: AppDeps,
  p: { auth: AuthInfo; actor: Actor; taskId: string; action: Decision; input: DecisionInput; idempotencyKey?: string },
) {
  const { auth, input, action } = p;
  if (NEEDS_TO.has(action) && !input.to) {
    throw new HttpError(400, 'request.invalid', `${action} needs \`to\` (a user or a role)`, { path: '/to', details: { in: 'body' } });
  }
  const at = new Date(deps.clock.now());
  return deps.db.transaction(async (trx) => {
    const task = await loadTask(trx, auth.tenantId, p.taskId, true);
    assertCanAct(task, auth);
    if (input.fields) assertEditable(task, input.fields);
    const by = principalOf(auth);
    const eventId = p.idempotencyKey ? `req:${by}:${p.idempotencyKey}` : uuidv7();
    const event = {
      id: eventId,
      type: 'task-decided' as const,
      task: task.flow_task_id,
      action,
      by,
      ...(input.comment ? { comment: input.comment } : {}),
      ...(input.to ? { to: input.to } : {}),
      ...(input.position ? { position: input.position } : {}),
      ...(input.target ? { target: input.target } : {}),
    };
    const outcome = await deliverFlowEvent(deps, { tenantId: auth.tenantId, instanceId: task.instance_id, event, actor: p.actor }, trx);
    if (outcome.ignored && outcome.ignored !== 'flow.duplicate-event') {
      throw new HttpError(409, 'task.stale', 'The flow no longer waits for this task', { details: { reason: outcome.ignored } });
    }
    const decision = { action, comment: input.comment ?? null, fields: input.fields ?? null, to: input.to ?? null, at: at.toISOString(), by };
    if (action !== 'comment') await closeTask(trx, task, decision, auth, at);
    await record(trx, task, p.actor, at, action, decision);
    return { task: task.id, action, flow: outcome, closed: action !== 'comment' };
  });
}

async function closeTask(trx: Knex.Transaction, t: TaskRow, decision: object, auth: AuthInfo, at: Date) {
  await trx('tasks')
    .where({ tenant_id: t.tenant_id, id: t.id, status: 'open' })
    .update({ status: 'done', decision: JSON.stringify(decision), decided_by: auth.userId, closed_at: at });
}

function assertEditable(t: TaskRow, fields: Record<string, unknown>) {
  const editable = new Set(Array.isArray(t.fields) ? (t.fields as string[]) : []);
  const bad = Object.keys(fields).find((k) => !editable.has(k));
  if (bad) throw new HttpError(400, 'task.field-not-editable', `Field ${bad} is not editable in this task`, { path: `/fields/${bad}`, details: { in: 'body' } });
}

export async function record(trx: Knex.Transaction, t: TaskRow, actor: Actor, at: Date, action: string, data: object) {
  await appendTimeline(trx, {
    tenantId: t.tenant_id,
    orderId: t.order_id,
    type: `task-${action}`,
    actor,
    at,
    message: `Task ${t.node}: ${action}`,
    data: { task: t.id, node: t.node, ...data },
  });
  await writeAudit(trx, {
    tenantId: t.tenant_id,
    actorId: actor.userId,
    action: `task.${action}`,
    subject: `task:${t.id}`,
    requestId: actor.requestId ?? 'system',
    ip: actor.ip ?? null,
    details: { order: t.order_id, apiKeyId: actor.apiKeyId ?? null, ...data },
    at,
  });
}

/** Claim a role task for yourself (users only), or give it back. Stable 403/409 codes. */
export async function claimTask(deps: AppDeps, p: { auth: AuthInfo; actor: Actor; taskId: string; claim: boolean }) {
  const { auth } = p;
  if (!auth.userId) throw new HttpError(403, 'task.user-required', 'Only a signed-in user can claim tasks');
  const at = new Date(deps.clock.now());
  return deps.db.transaction(async (trx) => {
    const task = await loadTask(trx, auth.tenantId, p.taskId, true);
    if (p.claim) {
      assertCanAct(task, auth);
      if (task.claimed_by === auth.userId) return { task: task.id, claimedBy: auth.userId };
    } else {
      if (task.status !== 'open') throw new HttpError(409, 'task.closed', `The task is ${task.status}`);
      if (task.claimed_by !== auth.userId) throw new HttpError(403, 'task.not-claimer', 'Only the user who claimed the task can give it back');
    }
    const claimedBy = p.claim ? auth.userId : null;
    await trx('tasks').where({ tenant_id: task.tenant_id, id: task.id }).update({ claimed_by: claimedBy, claimed_at: p.claim ? at : null });
    await record(trx, task, p.actor, at, p.claim ? 'claim' : 'unclaim', {});
    return { task: task.id, claimedBy };
  });
}
