import { ORDER_STATUSES } from '@oms/runtime';
import { defineRoute, type RouteSpec } from '../../http/route-spec.js';
import { getOrderDetail } from './order-detail.js';
import { listOrders, type OrderListQuery } from './order-list.js';
import { pageOf } from '../../http/list-schema.js';

const text = { type: 'string', minLength: 1, maxLength: 200 } as const;

const list = defineRoute<unknown, OrderListQuery>({
  method: 'get',
  path: '/api/orders',
  operationId: 'listOrders',
  summary: 'Search orders (newest first, keyset pagination)',
  description:
    `Filters: status and channel take comma-separated lists (statuses: ${ORDER_STATUSES.join(', ')}); from/to bound created_at ` +
    '(ISO 8601, to exclusive); sku, customer (email or id), location (has a reservation there); q is a prefix of the number, ' +
    'external id, customer email or name. Pass `nextCursor` back as `cursor` for the next page.',
  tags: ['orders'],
  query: {
    type: 'object',
    additionalProperties: false,
    properties: {
      status: text,
      channel: text,
      from: { type: 'string', format: 'date-time', pattern: '^\\d{4}-\\d{2}-\\d{2}' },
      to: { type: 'string', format: 'date-time', pattern: '^\\d{4}-\\d{2}-\\d{2}' },
      sku: text,
      customer: text,
      location: text,
      q: text,
      cursor: { type: 'string', maxLength: 200 },
      limit: { type: 'integer', minimum: 1, maximum: 200 },
    },
  },
  responses: { 200: { description: 'A page of orders', schema: pageOf() } },
  example: { query: { status: 'received', limit: '10' } },
  async handler({ deps, auth, query }) {
    return { body: await listOrders(deps.db, auth.tenantId, query) };
  },
});

const detail = defineRoute<unknown, unknown, { id: string }>({
  method: 'get',
  path: '/api/orders/:id',
  operationId: 'getOrder',
  summary: 'One order: lines, review, allocation plan + routing trace, reservations, tasks, flow position, timeline',
  tags: ['orders'],
  params: { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } } },
  responses: { 200: { description: 'Order', schema: { type: 'object' } }, 404: { description: 'No such order' } },
  async handler({ deps, auth, params }) {
    return { body: await getOrderDetail(deps.db, auth.tenantId, params.id) };
  },
});

export const routes: RouteSpec[] = [list, detail];
