import { DEFAULT_PAGE, pageQuery } from '../catalog/paging.js';
import { pageOf } from '../http/list-schema.js';
import { kebabId, skuSchema } from '../catalog/schemas.js';
import { HttpError } from '../http/errors.js';
import { defineRoute, type AuthInfo, type RouteSpec } from '../http/route-spec.js';
import type { Actor } from '../orders/timeline.js';
import { adjustStock } from './stock-adjust.js';
import { ADJUSTABLE_BUCKETS, LEVEL_COLUMNS, toLevelView, type AdjustableBucket } from './stock-types.js';

const levelView = {
  type: 'object',
  required: ['location', 'sku', 'onHand', 'reserved', 'incoming', 'safety', 'damaged', 'available', 'updatedAt'],
  properties: {
    location: kebabId,
    sku: skuSchema,
    onHand: { type: 'integer' },
    reserved: { type: 'integer' },
    incoming: { type: 'integer' },
    safety: { type: 'integer' },
    damaged: { type: 'integer' },
    available: { type: 'integer', description: 'onHand − reserved − safety, at least 0' },
    updatedAt: { type: 'string', format: 'date-time' },
  },
};

export const actorOf = (auth: AuthInfo, requestId: string, ip: string | null): Actor => ({
  userId: auth.userId,
  apiKeyId: auth.apiKeyId ?? null,
  label: auth.userId ? `user:${auth.userId}` : `key:${auth.apiKeyId}`,
  requestId,
  ip,
});

/** Cursor of the level list: `location|sku` (location ids are kebab-case, so the first `|` splits). */
const splitCursor = (c: string) => {
  const i = c.indexOf('|');
  if (i < 1) throw new HttpError(400, 'request.invalid', 'Bad cursor', { path: '/after', details: { in: 'query' } });
  return [c.slice(0, i), c.slice(i + 1)];
};

const listStock = defineRoute<unknown, { sku?: string; location?: string; limit?: number; after?: string }>({
  method: 'get',
  path: '/api/stock',
  operationId: 'listStock',
  summary: 'Stock levels per (location, SKU), keyset-paged',
  tags: ['stock'],
  query: { type: 'object', additionalProperties: false, properties: { sku: skuSchema, location: kebabId, ...pageQuery } },
  responses: { 200: { description: 'A page of levels', schema: pageOf(levelView) } },
  example: { query: { sku: 'EXAMPLE-1' } },
  async handler({ deps, auth, query }) {
    const limit = query.limit ?? DEFAULT_PAGE;
    const q = deps.db('stock_levels').where({ tenant_id: auth.tenantId });
    if (query.sku) q.andWhere('sku', query.sku);
    if (query.location) q.andWhere('location_id', query.location);
    if (query.after) q.andWhereRaw('(location_id, sku) > (?, ?)', splitCursor(query.after));
    const rows = await q.orderBy(['location_id', 'sku']).limit(limit + 1).select(LEVEL_COLUMNS);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { body: { items: page.map(toLevelView), nextCursor: rows.length > limit ? `${last.location_id}|${last.sku}` : null } };
  },
});

interface AdjustBody {
  location: string;
  sku: string;
  bucket?: AdjustableBucket;
  delta?: number;
  set?: number;
  reason: string;
}

const postAdjustment = defineRoute<AdjustBody>({
  method: 'post',
  path: '/api/stock/adjustments',
  operationId: 'adjustStock',
  summary: 'Change one bucket of a level by delta or to set, with a reason (writes a movement)',
  tags: ['stock'],
  body: {
    type: 'object',
    additionalProperties: false,
    required: ['location', 'sku', 'reason'],
    properties: {
      location: kebabId,
      sku: skuSchema,
      bucket: { type: 'string', enum: ADJUSTABLE_BUCKETS, description: 'Default on_hand; reserved moves only through reservations' },
      delta: { type: 'integer', minimum: -1e9, maximum: 1e9, not: { const: 0 } },
      set: { type: 'integer', minimum: 0, maximum: 1e9 },
      reason: { type: 'string', minLength: 1, maxLength: 500 },
    },
  },
  responses: {
    200: { description: 'The level after the change', schema: levelView },
    409: { description: 'stock.negative or stock.below-reserved' },
    422: { description: 'stock.unknown-location or stock.unknown-sku' },
  },
  example: { body: { location: 'example-dc', sku: 'EXAMPLE-1', delta: 5, reason: 'cycle count' } },
  async handler({ deps, auth, body, requestId, ip }) {
    const level = await deps.db.transaction((trx) => adjustStock(trx, { tenantId: auth.tenantId, ...body, actor: actorOf(auth, requestId, ip) }));
    return { body: level };
  },
});

const movementView = {
  type: 'object',
  required: ['id', 'location', 'sku', 'bucket', 'delta', 'reason', 'at'],
  properties: {
    id: { type: 'string' },
    location: { type: 'string' },
    sku: { type: 'string' },
    bucket: { type: 'string' },
    delta: { type: 'integer' },
    reason: { type: 'string' },
    refType: { type: ['string', 'null'] },
    refId: { type: ['string', 'null'] },
    orderId: { type: ['string', 'null'] },
    actorId: { type: ['string', 'null'] },
    apiKeyId: { type: ['string', 'null'] },
    at: { type: 'string', format: 'date-time' },
  },
};

interface MovementQuery {
  sku?: string;
  location?: string;
  bucket?: string;
  orderId?: string;
  refType?: string;
  refId?: string;
  limit?: number;
  before?: string;
}

const listMovements = defineRoute<unknown, MovementQuery>({
  method: 'get',
  path: '/api/stock/movements',
  operationId: 'listStockMovements',
  summary: 'The append-only stock ledger, newest first, paged by `before`',
  tags: ['stock'],
  query: {
    type: 'object',
    additionalProperties: false,
    properties: {
      sku: skuSchema,
      location: kebabId,
      bucket: { type: 'string', enum: ['on_hand', 'reserved', 'incoming', 'safety', 'damaged'] },
      orderId: { type: 'string', pattern: '^[0-9a-fA-F-]{36}$' },
      refType: { type: 'string', maxLength: 50 },
      refId: { type: 'string', pattern: '^[\\x21-\\x7e]{1,200}$' },
      limit: pageQuery.limit,
      before: { type: 'string', pattern: '^[0-9]{1,19}$', description: 'nextCursor of the previous page' },
    },
  },
  responses: { 200: { description: 'A page of movements', schema: pageOf(movementView) } },
  example: { query: { sku: 'EXAMPLE-1', limit: '20' } },
  async handler({ deps, auth, query }) {
    const limit = query.limit ?? DEFAULT_PAGE;
    const q = deps.db('stock_movements').where({ tenant_id: auth.tenantId });
    if (query.sku) q.andWhere('sku', query.sku);
    if (query.location) q.andWhere('location_id', query.location);
    if (query.bucket) q.andWhere('bucket', query.bucket);
    if (query.orderId) q.andWhere('order_id', query.orderId);
    if (query.refType) q.andWhere('ref_type', query.refType);
    if (query.refId) q.andWhere('ref_id', query.refId);
    if (query.before) q.andWhere('id', '<', query.before);
    const rows = await q.orderBy('id', 'desc').limit(limit + 1);
    const page = rows.slice(0, limit);
    return {
      body: {
        items: page.map((r) => ({
          id: String(r.id),
          location: r.location_id,
          sku: r.sku,
          bucket: r.bucket,
          delta: r.delta,
          reason: r.reason,
          refType: r.ref_type,
          refId: r.ref_id,
          orderId: r.order_id,
          actorId: r.actor_id,
          apiKeyId: r.api_key_id,
          at: new Date(r.created_at).toISOString(),
        })),
        nextCursor: rows.length > limit ? String(page[page.length - 1].id) : null,
      },
    };
  },
});

export const routes: RouteSpec[] = [listStock, postAdjustment, listMovements];
