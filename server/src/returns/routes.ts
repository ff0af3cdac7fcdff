import { notFound } from '../http/errors.js';
import { defineRoute, type RouteSpec } from '../http/route-spec.js';
import { actorOf } from '../orders/actor-of.js';
import { receiveReturn, type ReceiptLine } from './receive-return.js';
import { requestReturn, type ReturnRequest } from './request-return.js';

const ID = '00000000-0000-7000-8000-000000000001';
const lineItems = (extra: Record<string, unknown> = {}, required: string[] = []) => ({
  type: 'array',
  minItems: 1,
  maxItems: 500,
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['lineId', 'qty', ...required],
    properties: { lineId: { type: 'string', minLength: 1, maxLength: 100 }, qty: { type: 'integer', minimum: 1, maximum: 1_000_000 }, ...extra },
  },
});

const createReturn = defineRoute<ReturnRequest>({
  method: 'post',
  path: '/api/returns',
  operationId: 'createReturn',
  summary: 'Request a return (RMA) of shipped lines; it runs its own flow (default: the published `returns` flow)',
  tags: ['returns'],
  idempotency: 'optional',
  body: {
    type: 'object',
    additionalProperties: false,
    required: ['orderId', 'reason', 'lines'],
    properties: {
      orderId: { type: 'string', format: 'uuid' },
      reason: { type: 'string', minLength: 1, maxLength: 500 },
      lines: lineItems(),
      flow: { type: 'string', pattern: '^[a-z][a-z0-9-]{0,63}$' },
    },
  },
  responses: { 201: { description: 'Return requested', schema: { type: 'object' } }, 409: { description: 'return.not-shipped, return.too-many' } },
  example: { body: { orderId: ID, reason: 'damaged in transit', lines: [{ lineId: 'line-1', qty: 1 }] } },
  async handler(rc) {
    const r = await requestReturn(rc.deps, rc.auth.tenantId, rc.body, actorOf(rc));
    return { status: 201, body: r, headers: { Location: `/api/returns/${r.id}` } };
  },
});

const receive = defineRoute<{ location: string; lines: ReceiptLine[] }, unknown, { id: string }>({
  method: 'post',
  path: '/api/returns/:id/receive',
  operationId: 'receiveReturn',
  summary: 'Goods of a return arrived: restock resellable units, set damaged ones aside; refund when complete',
  tags: ['returns'],
  params: { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } } },
  body: {
    type: 'object',
    additionalProperties: false,
    required: ['location', 'lines'],
    properties: {
      location: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 64 },
      lines: lineItems({ condition: { enum: ['resellable', 'damaged'] }, note: { type: 'string', maxLength: 500 } }, ['condition']),
    },
  },
  responses: { 200: { description: 'Receipt recorded', schema: { type: 'object' } }, 409: { description: 'return.not-receivable, return.over-receipt' } },
  example: { params: { id: ID }, body: { location: 'wh-1', lines: [{ lineId: 'line-1', qty: 1, condition: 'resellable' }] } },
  async handler(rc) {
    return { body: await receiveReturn(rc.deps, rc.auth.tenantId, rc.params.id, rc.body, actorOf(rc)) };
  },
});

const getReturn = defineRoute<unknown, unknown, { id: string }>({
  method: 'get',
  path: '/api/returns/:id',
  operationId: 'getReturn',
  summary: 'A return with its lines and refund',
  tags: ['returns'],
  params: { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } } },
  responses: { 200: { description: 'Return', schema: { type: 'object' } } },
  example: { params: { id: ID } },
  async handler({ deps, auth, params }) {
    const r = await deps.db('returns').where({ tenant_id: auth.tenantId, id: params.id }).first();
    if (!r) throw notFound('Return');
    const lines = await deps.db('return_lines').where({ tenant_id: auth.tenantId, return_id: r.id }).orderBy('line_id');
    return {
      body: {
        id: r.id, number: r.number, orderId: r.order_id, status: r.status, reason: r.reason, refund: r.refund,
        createdAt: new Date(r.created_at).toISOString(),
        lines: lines.map((l) => ({ lineId: l.line_id, sku: l.sku, qty: l.qty, received: l.received_qty, restocked: l.restocked_qty, damaged: l.damaged_qty, location: l.location_id, inspection: l.inspection })),
      },
    };
  },
});

export const routes: RouteSpec[] = [createReturn, receive, getReturn];
