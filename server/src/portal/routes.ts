import { defineRoute, type RouteSpec } from '../http/route-spec.js';
import { getMyOrder, listMyOrders, searchCatalog } from './my-orders.js';
import { listOf } from '../http/list-schema.js';

const list = defineRoute<unknown, { limit?: number }>({
  method: 'get',
  path: '/api/my/orders',
  operationId: 'listMyOrders',
  summary: 'Orders I submitted (newest first): the portal\'s "my orders"',
  tags: ['portal'],
  query: { type: 'object', additionalProperties: false, properties: { limit: { type: 'integer', minimum: 1, maximum: 200 } } },
  responses: { 200: { description: 'My orders', schema: listOf() } },
  example: { query: { limit: '10' } },
  async handler({ deps, auth, query }) {
    return { body: await listMyOrders(deps.db, auth, query.limit) };
  },
});

const detail = defineRoute<unknown, unknown, { id: string }>({
  method: 'get',
  path: '/api/my/orders/:id',
  operationId: 'getMyOrder',
  summary: 'One order I submitted: status, lines, shipments with tracking, pending approvals, status history',
  description: '404 not-found for an order someone else submitted.',
  tags: ['portal'],
  params: { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } } },
  responses: { 200: { description: 'Order', schema: { type: 'object' } }, 404: { description: 'No such order of mine' } },
  async handler({ deps, auth, params }) {
    return { body: await getMyOrder(deps.db, auth, params.id) };
  },
});

const catalog = defineRoute<unknown, { q?: string; limit?: number }>({
  method: 'get',
  path: '/api/my/catalog',
  operationId: 'searchPortalCatalog',
  summary: 'Active products for the order form\'s SKU picker (SKU, name, list price); q is a prefix of SKU or name',
  tags: ['portal'],
  query: {
    type: 'object',
    additionalProperties: false,
    properties: { q: { type: 'string', maxLength: 100 }, limit: { type: 'integer', minimum: 1, maximum: 50 } },
  },
  responses: { 200: { description: 'Products', schema: listOf() } },
  example: { query: { q: 'SKU' } },
  async handler({ deps, auth, query }) {
    return { body: await searchCatalog(deps.db, auth.tenantId, query.q, query.limit) };
  },
});

export const routes: RouteSpec[] = [list, detail, catalog];
