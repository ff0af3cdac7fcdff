import type { Knex } from 'knex';
import { HttpError } from '../../http/errors.js';
import { pageKeys, type Cursor } from './order-list-keys.js';

export interface OrderListQuery {
  status?: string;
  channel?: string;
  from?: string;
  to?: string;
  sku?: string;
  customer?: string;
  location?: string;
  q?: string;
  cursor?: string;
  limit?: number;
}

const encode = (c: Cursor) => Buffer.from(`${c.us}.${c.id}`).toString('base64url');

function decode(raw: string): Cursor {
  const m = /^(\d{1,20})\.([0-9a-f-]{36})$/.exec(Buffer.from(raw, 'base64url').toString());
  if (!m) throw new HttpError(400, 'request.invalid', 'Invalid cursor', { path: '/cursor', details: { in: 'query' } });
  return { us: m[1], id: m[2] };
}

/**
 * The console list: newest first, keyset-paginated on (created_at, id) so page n costs what page 1 costs. Two
 * steps: the page's keys from index order alone (order-list-keys.ts: every filter narrows an index walked in
 * list order, free text is a merge of per-column prefix walks), then only those rows are read. Neither step
 * grows with the table or with how many orders match.
 */
export async function listOrders(db: Knex, tenantId: string, q: OrderListQuery) {
  const limit = Math.min(Math.max(q.limit ?? 50, 1), 200);
  const keys = pageKeys(db, tenantId, q, q.cursor ? decode(q.cursor) : null, limit + 1);
  const rows = await db
    .from(keys.as('k'))
    .join('orders as o', (j) => j.on('o.id', 'k.id').andOn('o.tenant_id', db.raw('?', [tenantId])))
    .orderBy([{ column: 'k.created_at', order: 'desc' }, { column: 'k.id', order: 'desc' }])
    .select(
      'o.id', 'o.number', 'o.status', 'o.business_status', 'o.channel', 'o.external_id', 'o.customer_id', 'o.customer_email',
      'o.customer_name', 'o.currency', 'o.total', 'o.hold_reason', 'o.placed_at', 'o.created_at',
      db.raw(`(extract(epoch FROM k.created_at) * 1000000)::bigint::text AS cursor_us`),
    );
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map(listItem),
    nextCursor: rows.length > limit && last ? encode({ us: last.cursor_us, id: last.id }) : null,
  };
}

function listItem(r: Record<string, any>) {
  return {
    id: r.id,
    number: r.number,
    status: r.status,
    businessStatus: r.business_status,
    channel: r.channel,
    externalId: r.external_id,
    customer: { id: r.customer_id, email: r.customer_email, name: r.customer_name },
    currency: r.currency,
    total: r.total === null ? null : Number(r.total),
    holdReason: r.hold_reason,
    placedAt: new Date(r.placed_at).toISOString(),
    createdAt: new Date(r.created_at).toISOString(),
  };
}
