import type { Knex } from 'knex';
import { HttpError } from '../../http/errors.js';

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

interface Cursor {
  us: string;
  id: string;
}

const encode = (c: Cursor) => Buffer.from(`${c.us}.${c.id}`).toString('base64url');

function decode(raw: string): Cursor {
  const m = /^(\d{1,20})\.([0-9a-f-]{36})$/.exec(Buffer.from(raw, 'base64url').toString());
  if (!m) throw new HttpError(400, 'request.invalid', 'Invalid cursor', { path: '/cursor', details: { in: 'query' } });
  return { us: m[1], id: m[2] };
}

/** LIKE pattern for a prefix typed by a user: wildcards in it match literally. */
const prefix = (s: string) => `${s.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The console list: newest first, keyset-paginated on (created_at, id) so page n costs what page 1 costs.
 * Each filter narrows by an index: status / channel / customer lead the composite indexes of 0005; SKU and
 * location are semi-joins on order_lines (tenant, sku) and stock_reservations (tenant, location, order) ;
 * free text is a prefix match on number, external id, customer email or name (expression indexes of 0008).
 */
export async function listOrders(db: Knex, tenantId: string, q: OrderListQuery) {
  const limit = Math.min(Math.max(q.limit ?? 50, 1), 200);
  const query = db('orders as o').where('o.tenant_id', tenantId);
  if (q.status) query.whereIn('o.status', q.status.split(',').map((s) => s.trim()).filter(Boolean));
  if (q.channel) query.whereIn('o.channel', q.channel.split(',').map((s) => s.trim()).filter(Boolean));
  if (q.from) query.andWhere('o.created_at', '>=', q.from);
  if (q.to) query.andWhere('o.created_at', '<', q.to);
  if (q.customer) {
    const c = q.customer.trim();
    query.andWhere((w) => w.where('o.customer_email', c.toLowerCase()).orWhere('o.customer_id', c));
  }
  if (q.sku) {
    query.whereExists(db('order_lines as l').whereRaw('l.tenant_id = o.tenant_id AND l.order_id = o.id').andWhere('l.sku', q.sku));
  }
  if (q.location) {
    query.whereExists(
      db('stock_reservations as r').whereRaw('r.tenant_id = o.tenant_id AND r.order_id = o.id').andWhere('r.location_id', q.location),
    );
  }
  if (q.q?.trim()) {
    const p = prefix(q.q.trim());
    query.andWhere((w) =>
      w
        .whereRaw('lower(o.number) LIKE ?', [p])
        .orWhereRaw('lower(o.external_id) LIKE ?', [p])
        .orWhereRaw('lower(o.customer_email) LIKE ?', [p])
        .orWhereRaw('lower(o.customer_name) LIKE ?', [p]),
    );
  }
  if (q.cursor) {
    const c = decode(q.cursor);
    query.andWhereRaw(`(o.created_at, o.id) < (timestamptz 'epoch' + ?::bigint * interval '1 microsecond', ?::uuid)`, [c.us, c.id]);
  }
  const rows = await query
    .orderBy([{ column: 'o.created_at', order: 'desc' }, { column: 'o.id', order: 'desc' }])
    .limit(limit + 1)
    .select(
      'o.id', 'o.number', 'o.status', 'o.business_status', 'o.channel', 'o.external_id', 'o.customer_id', 'o.customer_email',
      'o.customer_name', 'o.currency', 'o.total', 'o.hold_reason', 'o.placed_at', 'o.created_at',
      db.raw(`(extract(epoch FROM o.created_at) * 1000000)::bigint::text AS cursor_us`),
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
