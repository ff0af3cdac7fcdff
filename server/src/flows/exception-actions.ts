import type { Knex } from 'knex';
import { isOrderStatus, type FlowCommand, type OrderStatus } from '@oms/runtime';
import { HttpError, notFound } from '../http/errors.js';
import type { AppDeps } from '../http/route-spec.js';
import { transitionOrder } from '../orders/order-status.js';
import { appendTimeline, type Actor } from '../orders/timeline.js';
import { enqueueCommand } from './commands.js';
import { deliverFlowEvent } from './driver.js';
import type { ResultEvent } from './effects/context.js';
import { resultEventId } from './execute.js';

export interface ExceptionActionInput {
  tenantId: string;
  orderId: string;
  actor: Actor;
}

export interface ExceptionActionResult {
  status: OrderStatus;
  commands: Array<{ instance: string; id: string; type: string }>;
}

interface FailedRow {
  instance_id: string;
  command_id: string;
  type: string;
  payload: FlowCommand;
}

/** Retry: the failed commands run again from their first attempt (same ids, same idempotency keys). */
export async function retryException(deps: AppDeps, input: ExceptionActionInput): Promise<ExceptionActionResult> {
  return resolveException(deps, input, 'retried', async (trx, rows) => {
    for (const r of rows) {
      await trx('flow_commands')
        .where({ tenant_id: input.tenantId, instance_id: r.instance_id, command_id: r.command_id })
        .update({ status: 'pending', attempts: 0, updated_at: new Date(deps.clock.now()) });
      await enqueueCommand(trx, { tenantId: input.tenantId, instanceId: r.instance_id, commandId: r.command_id });
    }
  });
}

/**
 * Skip: the failed commands are marked `skipped` and the flow gets the step's failure outcome instead of its
 * result: call-action → `action-failed` (code `command.skipped`, not retryable: the node's `failed` path, or the
 * flow fails and compensates); reserve-stock → `route-failed` (the `unfillable` path). The others have no result
 * the flow waits for: create-task (no inbox task; decide the approval by other means or cancel), cancel-task,
 * release-stock, compensate (the undo is given up: do it by hand), set-status, notify, flow-completed.
 */
export async function skipException(deps: AppDeps, input: ExceptionActionInput): Promise<ExceptionActionResult> {
  return resolveException(deps, input, 'skipped', async (trx, rows) => {
    for (const r of rows) {
      await trx('flow_commands')
        .where({ tenant_id: input.tenantId, instance_id: r.instance_id, command_id: r.command_id })
        .update({ status: 'skipped', updated_at: new Date(deps.clock.now()) });
      const event = skipEvent(r.payload);
      if (event) {
        await deliverFlowEvent(deps, { tenantId: input.tenantId, instanceId: r.instance_id, event: { ...event, id: resultEventId(r.command_id) } as never, actor: input.actor }, trx);
      }
    }
  });
}

export function skipEvent(cmd: FlowCommand): ResultEvent | undefined {
  if (cmd.type === 'call-action') {
    return { type: 'action-failed', call: cmd.id, attempt: cmd.attempt, error: { code: 'command.skipped', message: 'skipped by an operator', retryable: false } };
  }
  if (cmd.type === 'reserve-stock') return { type: 'route-failed', request: cmd.id, reason: 'skipped' };
  return undefined;
}

async function resolveException(
  deps: AppDeps,
  input: ExceptionActionInput,
  verb: 'retried' | 'skipped',
  apply: (trx: Knex.Transaction, rows: FailedRow[]) => Promise<void>,
): Promise<ExceptionActionResult> {
  return deps.db.transaction(async (trx) => {
    const order = await trx('orders').where({ tenant_id: input.tenantId, id: input.orderId }).forUpdate().first('status', 'status_before');
    if (!order) throw notFound('Order');
    if (order.status !== 'exception') {
      throw new HttpError(409, 'order.not-in-exception', `The order is ${order.status}, not in exception`, { details: { status: order.status } });
    }
    const rows: FailedRow[] = await trx('flow_commands as c')
      .join('flow_instances as i', function () {
        this.on('i.tenant_id', 'c.tenant_id').andOn('i.id', 'c.instance_id');
      })
      .where({ 'c.tenant_id': input.tenantId, 'i.order_id': input.orderId, 'c.status': 'failed' })
      .orderBy('c.created_at')
      .select('c.instance_id', 'c.command_id', 'c.type', 'c.payload');
    if (rows.length === 0) {
      throw new HttpError(409, 'order.no-failed-command', 'No failed flow step to retry or skip: cancel the order or release it by hand');
    }
    const at = new Date(deps.clock.now());
    const back: OrderStatus = isOrderStatus(order.status_before) && order.status_before !== 'exception' ? order.status_before : 'received';
    await transitionOrder(trx, { tenantId: input.tenantId, orderId: input.orderId, to: back, actor: input.actor, at, reason: `exception ${verb}`, set: { exception: null } });
    const commands = rows.map((r) => ({ instance: r.instance_id, id: r.command_id, type: r.type }));
    await appendTimeline(trx, { tenantId: input.tenantId, orderId: input.orderId, type: `exception-${verb}`, actor: input.actor, at, data: { commands } });
    await apply(trx, rows);
    return { status: back, commands };
  });
}
