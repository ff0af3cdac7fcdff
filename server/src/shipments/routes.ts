import { HttpError } from '../http/errors.js';
import { defineRoute, type RouteSpec } from '../http/route-spec.js';
import { actorOf } from '../orders/actor-of.js';
import { confirmShipment, type ShipmentInput } from './confirm-shipment.js';

const text = (max: number) => ({ type: 'string', minLength: 1, maxLength: max });

const createShipment = defineRoute<ShipmentInput & { orderNumber?: string }>({
  method: 'post',
  path: '/api/shipments',
  operationId: 'createShipment',
  summary: 'Confirm that lines of an order shipped from a location (what WMS connectors call)',
  description:
    'Stock is consumed (the order’s reservation first), the order becomes partially-shipped or shipped, the sales channel update is queued. ' +
    'A repeated `externalId` returns the first shipment (200, `duplicate: true`).',
  tags: ['shipments'],
  idempotency: 'optional',
  body: {
    type: 'object',
    additionalProperties: false,
    required: ['location', 'lines'],
    properties: {
      orderId: { type: 'string', format: 'uuid' },
      orderNumber: text(40),
      location: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 64 },
      lines: {
        type: 'array',
        minItems: 1,
        maxItems: 500,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['lineId', 'qty'],
          properties: { lineId: text(100), qty: { type: 'integer', minimum: 1, maximum: 1_000_000 } },
        },
      },
      carrier: text(100),
      tracking: text(200),
      trackingUrl: { type: 'string', format: 'uri', maxLength: 2000 },
      externalId: text(200),
      shippedAt: { type: 'string', format: 'date-time' },
    },
  },
  responses: {
    201: { description: 'Shipment recorded', schema: { type: 'object' } },
    200: { description: 'Duplicate externalId: the first shipment', schema: { type: 'object' } },
    409: { description: 'shipment.not-shippable, shipment.over-ship, stock.insufficient' },
  },
  example: { body: { orderId: '00000000-0000-7000-8000-000000000001', location: 'wh-1', lines: [{ lineId: 'line-1', qty: 1 }], carrier: 'DHL', tracking: '00340434' } },
  async handler(rc) {
    const { orderNumber, ...body } = rc.body;
    let orderId = body.orderId;
    if (!orderId && orderNumber) {
      orderId = (await rc.deps.db('orders').where({ tenant_id: rc.auth.tenantId, number: orderNumber }).first('id'))?.id;
      if (!orderId) throw new HttpError(404, 'not-found', `No order ${orderNumber}`, { path: '/orderNumber' });
    }
    if (!orderId) throw new HttpError(400, 'shipment.order-required', 'Give orderId or orderNumber', { path: '/orderId' });
    const r = await confirmShipment(rc.deps, rc.auth.tenantId, { ...body, orderId }, actorOf(rc));
    return { status: r.duplicate ? 200 : 201, body: r, headers: { Location: `/api/shipments/${r.id}` } };
  },
});

const listShipments = defineRoute<unknown, { order?: string }>({
  method: 'get',
  path: '/api/shipments',
  operationId: 'listShipments',
  summary: 'Shipments of an order (with lines and tracking)',
  tags: ['shipments'],
  query: { type: 'object', additionalProperties: false, required: ['order'], properties: { order: { type: 'string', format: 'uuid' } } },
  responses: { 200: { description: 'Shipments', schema: { type: 'object' } } },
  example: { query: { order: '00000000-0000-7000-8000-000000000001' } },
  async handler({ deps, auth, query }) {
    const rows = await deps.db('shipments').where({ tenant_id: auth.tenantId, order_id: query.order }).orderBy('shipped_at');
    const lines = await deps.db('shipment_lines').where({ tenant_id: auth.tenantId, order_id: query.order });
    return {
      body: {
        items: rows.map((s) => ({
          id: s.id, location: s.location_id, carrier: s.carrier, tracking: s.tracking, trackingUrl: s.tracking_url, externalId: s.external_id,
          status: s.status, shippedAt: new Date(s.shipped_at).toISOString(),
          lines: lines.filter((l) => l.shipment_id === s.id).map((l) => ({ lineId: l.line_id, sku: l.sku, qty: l.qty })),
        })),
      },
    };
  },
});

export const routes: RouteSpec[] = [createShipment, listShipments];
