import type { Knex } from 'knex';
import { notFound } from '../http/errors.js';
import type { AuthInfo } from '../http/route-spec.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);
const num = (v: string | number | null) => (v === null ? null : Number(v));

/** "Mine" = created by this user (an API key: by this key). Never anyone else's order, whatever the role. */
function mine(auth: AuthInfo) {
  return (w: Knex.QueryBuilder) => {
    if (auth.userId && auth.via === 'session') w.where('o.created_by', auth.userId);
    else if (auth.apiKeyId) w.where('o.api_key_id', auth.apiKeyId);
    else w.whereRaw('false');
  };
}

const summary = (o: Record<string, any>) => ({
  id: o.id,
  number: o.number,
  status: o.status,
  businessStatus: o.business_status,
  currency: o.currency,
  total: num(o.total),
  form: o.form ? { key: o.form.key, version: o.form.version } : null,
  createdAt: iso(o.created_at),
  updatedAt: iso(o.updated_at),
});

export async function listMyOrders(db: Knex, auth: AuthInfo, limit = 50) {
  const rows = await db('orders as o')
    .where('o.tenant_id', auth.tenantId)
    .andWhere(mine(auth))
    .orderBy([{ column: 'o.created_at', order: 'desc' }, { column: 'o.id', order: 'desc' }])
    .limit(limit)
    .select('o.id', 'o.number', 'o.status', 'o.business_status', 'o.currency', 'o.total', 'o.form', 'o.created_at', 'o.updated_at');
  return { items: rows.map(summary) };
}

/**
 * What a submitter may see of their order: status, lines, shipments with tracking, whether an approval is
 * pending, and the status history. Not the review internals, routing trace or approvers' comments.
 */
export async function getMyOrder(db: Knex, auth: AuthInfo, id: string) {
  if (!UUID.test(id)) throw notFound('Order');
  const order = await db('orders as o').where({ 'o.tenant_id': auth.tenantId, 'o.id': id }).andWhere(mine(auth)).first();
  if (!order) throw notFound('Order');
  const byOrder = { tenant_id: auth.tenantId, order_id: id };
  const [lines, shipments, openTasks, events] = await Promise.all([
    db('order_lines').where(byOrder).orderBy('position'),
    db('shipments').where(byOrder).orderBy('shipped_at'),
    db('tasks').where({ ...byOrder, status: 'open' }).count<{ n: string }[]>({ n: '*' }),
    db('order_events').where({ ...byOrder, type: 'status-changed' }).orderBy('seq').select('at', 'data'),
  ]);
  return {
    ...summary(order),
    shipTo: order.ship_to,
    lines: lines.map((l) => ({ sku: l.sku, name: l.name, qty: l.qty, unitPrice: num(l.unit_price), shippedQty: l.shipped_qty })),
    shipments: shipments.map((s) => ({
      id: s.id,
      carrier: s.carrier,
      tracking: s.tracking,
      trackingUrl: s.tracking_url,
      status: s.status,
      shippedAt: iso(s.shipped_at),
      deliveredAt: iso(s.delivered_at),
    })),
    pendingApprovals: Number(openTasks[0]?.n ?? 0),
    history: events.map((e) => ({ at: iso(e.at), from: e.data?.from ?? null, to: e.data?.to ?? null })),
  };
}

/** The active catalogue for the portal's SKU picker: SKU, name and list price only. */
export async function searchCatalog(db: Knex, tenantId: string, q: string | undefined, limit = 20) {
  const query = db('products').where({ tenant_id: tenantId, active: true });
  if (q) {
    const like = `${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query.andWhere((w) => w.whereILike('sku', like).orWhereILike('name', like));
  }
  const rows = await query.orderBy('sku').limit(limit).select('sku', 'name', 'unit_price');
  return { items: rows.map((r) => ({ sku: r.sku, name: r.name, unitPrice: num(r.unit_price) })) };
}
