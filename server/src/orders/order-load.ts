import type { Knex } from 'knex';
import type { CanonicalOrder, OrderStatus } from '@oms/runtime';
import { notFound } from '../http/errors.js';

export interface OrderRow {
  id: string;
  number: string;
  status: OrderStatus;
  status_before: OrderStatus | null;
  channel: string;
  body: CanonicalOrder;
  pinned: { flow?: { key: string; version: number } | null; routing?: { key: string; version: number } | null; routings?: Array<{ key: string; version: number }> };
  plan: unknown;
  customer_email: string | null;
  customer_id: string | null;
  ship_to: unknown;
}

/** The order row, locked for the caller's transaction (every order action starts here). */
export async function lockOrder(trx: Knex.Transaction, tenantId: string, orderId: string): Promise<OrderRow> {
  const row = await trx('orders').where({ tenant_id: tenantId, id: orderId }).forUpdate().first();
  if (!row) throw notFound('Order');
  return row as OrderRow;
}

/** Running flow instances of an order (the order's own and its returns'), oldest first. */
export async function runningInstances(db: Knex | Knex.Transaction, tenantId: string, orderId: string, purpose = 'order'): Promise<string[]> {
  const rows = await db('flow_instances')
    .where({ tenant_id: tenantId, order_id: orderId, purpose, status: 'running' })
    .orderBy('created_at')
    .select('id');
  return rows.map((r) => r.id as string);
}
