import { defineRoute, type RouteContext, type RouteSpec } from '../../http/route-spec.js';
import { actorOf } from '../actor-of.js';
import { cancelOrder } from './cancel.js';
import { holdOrder, releaseOrder, type ActionInput } from './hold-release.js';
import { rerouteOrder } from './reroute.js';
import { mergeOrders, splitOrder } from './split-merge.js';

const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } } };
const reasonBody = { type: 'object', additionalProperties: false, properties: { reason: { type: 'string', minLength: 1, maxLength: 500 } } };
const EXAMPLE_ID = '00000000-0000-7000-8000-000000000001';
const done = { description: 'Done: the order as it is now', schema: { type: 'object' } };
const refused = { description: 'order.illegal-transition or another stable code: the order cannot do this now' };

const input = (rc: RouteContext<{ reason?: string }, unknown, { id: string }>): ActionInput => ({
  tenantId: rc.auth.tenantId,
  orderId: rc.params.id,
  actor: actorOf(rc),
  at: new Date(rc.deps.clock.now()),
  ...(rc.body?.reason ? { reason: rc.body.reason } : {}),
});

/** One action route: POST /api/orders/:id/<name> with an optional reason. */
function action(name: string, summary: string, run: (rc: RouteContext<{ reason?: string }, unknown, { id: string }>) => Promise<unknown>): RouteSpec {
  return defineRoute<{ reason?: string }, unknown, { id: string }>({
    method: 'post',
    path: `/api/orders/:id/${name}`,
    operationId: `${name}Order`,
    summary,
    tags: ['orders'],
    params: idParams,
    body: reasonBody,
    responses: { 200: done, 404: { description: 'No such order' }, 409: refused },
    example: { params: { id: EXAMPLE_ID }, body: { reason: 'example' } },
    async handler(rc) {
      return { body: { ok: true, result: (await run(rc)) ?? null } };
    },
  });
}

const split = defineRoute<{ lines: string[]; reason?: string }, unknown, { id: string }>({
  method: 'post',
  path: '/api/orders/:id/split',
  operationId: 'splitOrder',
  summary: 'Move the given lines to a new order (before anything is reserved)',
  tags: ['orders'],
  params: idParams,
  idempotency: 'optional',
  body: {
    type: 'object',
    additionalProperties: false,
    required: ['lines'],
    properties: {
      lines: { type: 'array', minItems: 1, maxItems: 500, uniqueItems: true, items: { type: 'string', minLength: 1, maxLength: 100 } },
      reason: { type: 'string', minLength: 1, maxLength: 500 },
    },
  },
  responses: { 201: { description: 'The new order', schema: { type: 'object' } }, 409: refused },
  example: { params: { id: EXAMPLE_ID }, body: { lines: ['line-1'] } },
  async handler(rc) {
    const created = await splitOrder(rc.deps, { ...input(rc), lines: rc.body.lines });
    return { status: 201, body: created, headers: { Location: `/api/orders/${created.id}` } };
  },
});

const merge = defineRoute<{ orders: string[]; reason?: string }>({
  method: 'post',
  path: '/api/orders/merge',
  operationId: 'mergeOrders',
  summary: 'Merge orders of one customer to one address (none reserved yet) into the oldest of them',
  tags: ['orders'],
  idempotency: 'optional',
  body: {
    type: 'object',
    additionalProperties: false,
    required: ['orders'],
    properties: {
      orders: { type: 'array', minItems: 2, maxItems: 50, uniqueItems: true, items: { type: 'string', format: 'uuid' } },
      reason: { type: 'string', minLength: 1, maxLength: 500 },
    },
  },
  responses: { 200: done, 409: refused },
  example: { body: { orders: [EXAMPLE_ID, '00000000-0000-7000-8000-000000000002'] } },
  async handler(rc) {
    const a = actorOf(rc);
    return { body: await mergeOrders(rc.deps, { tenantId: rc.auth.tenantId, actor: a, at: new Date(rc.deps.clock.now()), orders: rc.body.orders, requestId: rc.requestId }) };
  },
});

export const routes: RouteSpec[] = [
  action('hold', 'Put an order on hold: stock and connector steps wait until release', (rc) => holdOrder(rc.deps, input(rc))),
  action('release', 'Release a hold: back to the previous status (a review hold starts the pinned flow)', (rc) => releaseOrder(rc.deps, input(rc))),
  action('cancel', 'Cancel: the flow undoes what it did, newest first; stock is released', (rc) => cancelOrder(rc.deps, { ...input(rc), requestId: rc.requestId })),
  action('reroute', 'Release the reservation and route again on today’s stock', async (rc) => {
    const r = await rerouteOrder(rc.deps, input(rc));
    return { status: r.status, shipments: r.shipments };
  }),
  split,
  merge,
];
