import type { Knex } from 'knex';
import { addJob } from '../../jobs/queue.js';
import { ORDER_PUSH_TASKS, PUSH_MAX_ATTEMPTS, SALES_ORDER, SHIPPING_ORDER, salesOrderKey, shippingOrderKey } from './order-push-names.js';
import { capabilityKey, flowPushes, pushTargets, servedLocations } from './order-push-targets.js';

type Db = Knex | Knex.Transaction;

export interface AllocatedLines {
  tenantId: string;
  orderId?: string | null;
  lines: Array<{ location: string; sku: string; qty: number }>;
}

export interface SalesOrderJob {
  tenantId: string;
  installationId: string;
  orderId: string;
}

export interface ShippingOrderJob extends SalesOrderJob {
  location: string;
  lines: Array<{ sku: string; qty: number }>;
}

/**
 * Called where stock is reserved for an order (inventory/stock-service `reserveLines`, in the reservation's
 * transaction: the jobs exist exactly when the allocation commits). Per enabled installation with auto push on:
 * one sales-order push per order (ERP), one shipping-order push per allocated location the WMS serves. The job
 * key equals the push's idempotency key, so a re-allocation while a push is pending replaces it, and one that
 * comes after is answered `already-applied` by the connector.
 */
export async function enqueueOrderPushes(db: Db, a: AllocatedLines): Promise<number> {
  if (!a.orderId || a.lines.length === 0) return 0;
  const targets = await pushTargets(db, a.tenantId);
  if (targets.sales.length === 0 && targets.shipping.length === 0) return 0;
  const order = await db('orders').where({ tenant_id: a.tenantId, id: a.orderId }).first('pinned');
  const own = await flowPushes(db, a.tenantId, order?.pinned);
  const flowCalls = (pluginId: string, standard: string, key: string | undefined) => own.has(`${pluginId}.${standard}`) || (!!key && own.has(`${pluginId}.${key}`));
  let n = 0;
  for (const row of targets.sales) {
    if (flowCalls(row.plugin_id, SALES_ORDER, capabilityKey(row, SALES_ORDER))) continue;
    const job: SalesOrderJob = { tenantId: a.tenantId, installationId: row.id, orderId: a.orderId };
    await addJob(db, ORDER_PUSH_TASKS.salesOrder, job, { jobKey: `${row.id}:${salesOrderKey(a.tenantId, a.orderId)}`, maxAttempts: PUSH_MAX_ATTEMPTS });
    n++;
  }
  for (const row of targets.shipping) {
    if (flowCalls(row.plugin_id, SHIPPING_ORDER, capabilityKey(row, SHIPPING_ORDER))) continue;
    for (const location of servedLocations(row)) {
      const lines = a.lines.filter((l) => l.location === location).map((l) => ({ sku: l.sku, qty: l.qty }));
      if (lines.length === 0) continue;
      const job: ShippingOrderJob = { tenantId: a.tenantId, installationId: row.id, orderId: a.orderId, location, lines };
      await addJob(db, ORDER_PUSH_TASKS.shippingOrder, job, { jobKey: `${row.id}:${shippingOrderKey(a.tenantId, a.orderId, location)}`, maxAttempts: PUSH_MAX_ATTEMPTS });
      n++;
    }
  }
  return n;
}
