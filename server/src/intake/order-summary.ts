import type { Knex } from 'knex';
import { notFound } from '../http/errors.js';
import type { IntakeOrderSummary } from './intake-types.js';

/** What intake answers for an order that already exists (a duplicate). */
export async function loadOrderSummary(db: Knex | Knex.Transaction, tenantId: string, orderId: string): Promise<IntakeOrderSummary> {
  const row = await db('orders as o')
    .where({ 'o.tenant_id': tenantId, 'o.id': orderId })
    .first(
      'o.id',
      'o.number',
      'o.status',
      'o.channel',
      'o.external_id',
      'o.review',
      'o.pinned',
      db.raw('EXISTS (SELECT 1 FROM flow_instances f WHERE f.tenant_id = o.tenant_id AND f.order_id = o.id) AS flow_started'),
    );
  if (!row) throw notFound('Order');
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    channel: row.channel,
    externalId: row.external_id,
    review: { decision: row.review?.decision ?? 'pass', matched: row.review?.matched ?? [] },
    pinned: row.pinned,
    flowStarted: row.flow_started,
    duplicate: false,
  };
}
