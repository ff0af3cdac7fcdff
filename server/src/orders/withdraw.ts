import { v7 as uuidv7 } from 'uuid';
import { writeAudit } from '../audit/audit.js';
import { deliverFlowEvent } from '../flows/driver.js';
import { HttpError, notFound } from '../http/errors.js';
import { defineRoute, type RouteSpec } from '../http/route-spec.js';
import { principalOf } from '../tasks/task-access.js';
import { actorOf } from './actor-of.js';
import { appendTimeline } from './timeline.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The submitter takes an order back from approval: a `withdraw` event to its running flow (an approval
 * waiting on it ends `returned`). Only the user or API key that submitted the order: 403 `order.not-submitter`;
 * no running flow, or nothing in it that can be withdrawn: 409 `order.not-withdrawable`.
 */
const withdraw = defineRoute<{ comment?: string }, unknown, { id: string }>({
  method: 'post',
  path: '/api/orders/:id/withdraw',
  operationId: 'withdrawOrder',
  summary: 'Withdraw an order from approval (the submitter only)',
  tags: ['orders'],
  params: { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } } },
  body: { type: 'object', additionalProperties: false, properties: { comment: { type: 'string', maxLength: 4000 } } },
  idempotency: 'optional',
  responses: { 200: { description: 'Withdrawn', schema: { type: 'object' } }, 404: { description: 'No such order' } },
  example: { body: {} },
  async handler(rc) {
    const { deps, auth, params } = rc;
    if (!UUID.test(params.id)) throw notFound('Order');
    const actor = actorOf(rc);
    const at = new Date(deps.clock.now());
    const body = await deps.db.transaction(async (trx) => {
      const order = await trx('orders').where({ tenant_id: auth.tenantId, id: params.id }).forUpdate().first('id', 'created_by', 'api_key_id');
      if (!order) throw notFound('Order');
      const mine = auth.apiKeyId ? order.api_key_id === auth.apiKeyId : order.created_by === auth.userId && order.api_key_id === null;
      if (!mine) throw new HttpError(403, 'order.not-submitter', 'Only the submitter can withdraw this order');
      const inst = await trx('flow_instances')
        .where({ tenant_id: auth.tenantId, order_id: order.id, purpose: 'order', status: 'running' })
        .first('id');
      if (!inst) throw new HttpError(409, 'order.not-withdrawable', 'The order has no running flow');
      const by = principalOf(auth);
      const event = { id: rc.idempotency ? `req:${by}:${rc.idempotency.key}` : uuidv7(), type: 'withdraw' as const, by };
      const outcome = await deliverFlowEvent(deps, { tenantId: auth.tenantId, instanceId: inst.id, event, actor }, trx);
      if (outcome.ignored && outcome.ignored !== 'flow.duplicate-event') {
        throw new HttpError(409, 'order.not-withdrawable', 'Nothing in the order’s flow can be withdrawn now', { details: { reason: outcome.ignored } });
      }
      const data = { comment: rc.body.comment ?? null, flow: outcome };
      await appendTimeline(trx, { tenantId: auth.tenantId, orderId: order.id, type: 'order-withdrawn', actor, at, message: rc.body.comment, data });
      await writeAudit(trx, {
        tenantId: auth.tenantId,
        actorId: auth.userId,
        action: 'order.withdraw',
        subject: `order:${order.id}`,
        requestId: rc.requestId,
        ip: rc.ip,
        details: { ...data, apiKeyId: auth.apiKeyId ?? null },
        at,
      });
      return { order: order.id, flow: outcome };
    });
    return { body };
  },
});

export const routes: RouteSpec[] = [withdraw];
