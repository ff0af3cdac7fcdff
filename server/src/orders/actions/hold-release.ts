import type { Knex } from 'knex';
import { canTransition, sourcesOf, type OrderStatus } from '@oms/runtime';
import { enqueueCommand } from '../../flows/commands.js';
import type { AppDeps } from '../../http/route-spec.js';
import { HttpError } from '../../http/errors.js';
import { PARKED_ON_HOLD } from '../hold-policy.js';
import { startPinnedFlow } from '../../intake/start-pinned-flow.js';
import { lockOrder, runningInstances } from '../order-load.js';
import { transitionOrder } from '../order-status.js';
import type { Actor } from '../timeline.js';

export interface ActionInput {
  tenantId: string;
  orderId: string;
  actor: Actor;
  at: Date;
  reason?: string;
}

export async function holdOrder(deps: AppDeps, input: ActionInput): Promise<void> {
  await deps.db.transaction(async (trx) => {
    await lockOrder(trx, input.tenantId, input.orderId);
    await transitionOrder(trx, { ...input, to: 'on-hold', from: sourcesOf('on-hold'), set: { hold_reason: input.reason ?? 'held by an operator' } });
  });
}

/**
 * Back to the status the order had before the hold. An order held by review never started its flow: release
 * starts it now, pinned to the versions recorded at intake. Parked commands go back on the queue.
 */
export async function releaseOrder(deps: AppDeps, input: ActionInput): Promise<OrderStatus> {
  return deps.db.transaction(async (trx) => {
    const order = await lockOrder(trx, input.tenantId, input.orderId);
    if (order.status !== 'on-hold') {
      throw new HttpError(409, 'order.not-on-hold', `Order ${order.number} is ${order.status}, not on hold`, { details: { status: order.status } });
    }
    const back = order.status_before && canTransition('on-hold', order.status_before) ? order.status_before : 'received';
    await transitionOrder(trx, { ...input, to: back, set: { hold_reason: null }, reason: input.reason ?? 'released' });
    await startPinnedFlow(trx, deps, { tenantId: input.tenantId, orderId: input.orderId, actor: input.actor, at: input.at });
    await requeueParked(trx, input.tenantId, input.orderId);
    return back;
  });
}

async function requeueParked(trx: Knex.Transaction, tenantId: string, orderId: string): Promise<void> {
  const instances = await runningInstances(trx, tenantId, orderId);
  if (instances.length === 0) return;
  const parked = await trx('flow_commands')
    .where({ tenant_id: tenantId, status: 'pending' })
    .whereIn('instance_id', instances)
    .whereIn('type', [...PARKED_ON_HOLD])
    .select('instance_id', 'command_id');
  for (const p of parked) await enqueueCommand(trx, { tenantId, instanceId: p.instance_id, commandId: p.command_id });
}
