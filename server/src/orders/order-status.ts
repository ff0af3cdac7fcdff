import type { Knex } from 'knex';
import { canTransition, isOrderStatus, type OrderStatus } from '@oms/runtime';
import { writeAudit } from '../audit/audit.js';
import { HttpError, notFound } from '../http/errors.js';
import { appendTimeline, type Actor } from './timeline.js';

export interface TransitionInput {
  tenantId: string;
  orderId: string;
  to: OrderStatus;
  actor: Actor;
  at: Date;
  reason?: string;
  /** Extra columns set in the same UPDATE (e.g. `hold_reason`, `exception`). */
  set?: Record<string, unknown>;
  /** Only move when the order is in one of these (a guard on top of the map), else 409. */
  from?: readonly OrderStatus[];
}

/**
 * Move an order along the declared lifecycle inside the caller's transaction: the row is locked, an illegal
 * move is a 409 `order.illegal-transition` (nothing written), a legal one writes the status, a timeline event
 * and an audit row. Moving to the status it already has is a no-op that returns false.
 */
export async function transitionOrder(trx: Knex.Transaction, input: TransitionInput): Promise<boolean> {
  const row = await trx('orders')
    .where({ tenant_id: input.tenantId, id: input.orderId })
    .forUpdate()
    .first('status');
  if (!row) throw notFound('Order');
  const from = row.status as string;
  const illegal = () =>
    new HttpError(409, 'order.illegal-transition', `An order that is ${from} cannot become ${input.to}`, { details: { from, to: input.to } });
  // A guard list makes a repeat an error (an operator's second "cancel"); without one, a repeat is a no-op.
  if (input.from && !input.from.includes(from as OrderStatus)) throw illegal();
  if (from === input.to && !input.set) return false;
  if (!isOrderStatus(from) || (from !== input.to && !canTransition(from, input.to))) throw illegal();
  await trx('orders')
    .where({ tenant_id: input.tenantId, id: input.orderId })
    .update({ status: input.to, updated_at: input.at, ...(from !== input.to ? { status_before: from } : {}), ...input.set });
  if (from === input.to) return false;
  await appendTimeline(trx, {
    tenantId: input.tenantId,
    orderId: input.orderId,
    type: 'status-changed',
    actor: input.actor,
    at: input.at,
    message: input.reason,
    data: { from, to: input.to },
  });
  await writeAudit(trx, {
    tenantId: input.tenantId,
    actorId: input.actor.userId,
    action: 'order.status',
    subject: `order:${input.orderId}`,
    requestId: input.actor.requestId ?? 'system',
    ip: input.actor.ip ?? null,
    details: { from, to: input.to, reason: input.reason ?? null, apiKeyId: input.actor.apiKeyId ?? null },
    at: input.at,
  });
  return true;
}
