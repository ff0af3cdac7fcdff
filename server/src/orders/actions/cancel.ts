import { sourcesOf } from '@oms/runtime';
import { deliverFlowEvent } from '../../flows/driver.js';
import type { AppDeps } from '../../http/route-spec.js';
import { lockOrder, runningInstances } from '../order-load.js';
import { transitionOrder } from '../order-status.js';
import { releaseOrderStock, REROUTE_REF } from '../reservations.js';
import type { ActionInput } from './hold-release.js';

/**
 * Cancel: the order's running flows get a `cancel` event, so the runtime undoes their completed effects newest
 * first (release stock, compensate connector calls) through the usual command jobs, and closes open tasks and
 * timers — so a connector's compensation runs before the stock it followed is released. Stock no running flow
 * owns (a re-route's, or the reservation of a flow that already ended) is released here. The lifecycle map
 * refuses a cancel once the order has shipped (409).
 */
export async function cancelOrder(deps: AppDeps, input: ActionInput & { requestId: string }): Promise<void> {
  await deps.db.transaction(async (trx) => {
    await lockOrder(trx, input.tenantId, input.orderId);
    await transitionOrder(trx, { ...input, to: 'cancelled', from: sourcesOf('cancelled'), reason: input.reason ?? 'cancelled' });
    const running = await runningInstances(trx, input.tenantId, input.orderId);
    for (const instanceId of running) {
      await deliverFlowEvent(
        deps,
        { tenantId: input.tenantId, instanceId, event: { type: 'cancel', id: `cancel:${input.requestId}`, ...(input.reason ? { reason: input.reason } : {}) } as never, actor: input.actor },
        trx,
      );
    }
    const notOwnedByAFlow = running.length ? (ref: string) => ref.startsWith(REROUTE_REF) : () => true;
    await releaseOrderStock(trx, input.tenantId, input.orderId, input.actor, 'order cancelled', notOwnedByAFlow);
  });
}
