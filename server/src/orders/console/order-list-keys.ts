import type { Knex } from 'knex';
import type { OrderListQuery } from './order-list.js';

/** The columns free text matches by prefix (each has a `(tenant, lower(col) text_pattern_ops, created_at, id)` index). */
export const PREFIX_COLUMNS = ['number', 'external_id', 'customer_email', 'customer_name'] as const;

export interface Cursor {
  us: string;
  id: string;
}

/** LIKE pattern for a prefix typed by a user: wildcards in it match literally. */
export const prefixPattern = (s: string) => `${s.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);

/**
 * One ordered source of page keys `(created_at, id)`: the newest `take` orders matching every filter, and, for a
 * free-text branch, the prefix on `column`. With a SKU the source is that SKU's lines in list order (index
 * `(tenant, sku, order_created_at DESC, order_id DESC)`), joined to their orders for the other filters, so the walk
 * stops after `take` distinct orders instead of sorting every order that ever had the SKU. Without one it is the
 * orders themselves, in the order of whichever `(…, created_at DESC, id DESC)` index fits the filters.
 */
function branch(db: Knex, tenantId: string, q: OrderListQuery, cursor: Cursor | null, take: number, column?: string) {
  const viaLines = Boolean(q.sku);
  const at = viaLines ? 'l.order_created_at' : 'o.created_at';
  const id = viaLines ? 'l.order_id' : 'o.id';
  // Lines carry their order's created_at (0018), so a SKU with only time bounds never reads orders at all.
  const needsOrder = Boolean(q.status || q.channel || q.customer || q.location || column);
  const b = viaLines ? db('order_lines as l').where('l.tenant_id', tenantId).andWhere('l.sku', q.sku!) : db('orders as o').where('o.tenant_id', tenantId);
  if (viaLines && needsOrder) b.join('orders as o', (j) => j.on('o.tenant_id', 'l.tenant_id').andOn('o.id', 'l.order_id')).andWhere('o.tenant_id', tenantId);
  if (q.status) b.whereIn('o.status', list(q.status));
  if (q.channel) b.whereIn('o.channel', list(q.channel));
  if (q.from) b.andWhere(at, '>=', q.from);
  if (q.to) b.andWhere(at, '<', q.to);
  if (q.customer) {
    const c = q.customer.trim();
    b.andWhere((w) => w.where('o.customer_email', c.toLowerCase()).orWhere('o.customer_id', c));
  }
  if (q.location) {
    b.whereExists(db('stock_reservations as r').whereRaw('r.tenant_id = o.tenant_id AND r.order_id = o.id').andWhere('r.location_id', q.location));
  }
  if (column) b.whereRaw(`lower(o.??) LIKE ?`, [column, prefixPattern(q.q!.trim())]);
  if (cursor) b.andWhereRaw(`(??, ??) < (timestamptz 'epoch' + ?::bigint * interval '1 microsecond', ?::uuid)`, [at, id, cursor.us, cursor.id]);
  // DISTINCT: an order with two lines of the SKU is one order (its lines are adjacent in the index, so it streams).
  const cols = [db.raw('?? AS created_at', [at]), db.raw('?? AS id', [id])];
  (viaLines ? b.distinct(cols) : b.select(cols));
  return b.orderBy([{ column: at, order: 'desc' }, { column: id, order: 'desc' }]).limit(take);
}

/**
 * The page's keys, newest first: one branch, or for free text one branch per searchable column (each a prefix
 * range on its own index, every other filter applied inside it) merged and deduplicated. Any order on the page is
 * among the first `take` of the branch it matches, so the merge of the branches' heads is exact, and the cursor
 * bounds every branch the same way, so paging stays exact too.
 */
export function pageKeys(db: Knex, tenantId: string, q: OrderListQuery, cursor: Cursor | null, take: number) {
  const text = q.q?.trim();
  if (!text) return branch(db, tenantId, q, cursor, take);
  const branches = PREFIX_COLUMNS.map((c) => branch(db, tenantId, q, cursor, take, c));
  return db
    .select('u.created_at', 'u.id')
    .from(db.union(branches, true).as('u'))
    .orderBy([{ column: 'u.created_at', order: 'desc' }, { column: 'u.id', order: 'desc' }])
    .limit(take);
}
