import type { Knex } from 'knex';
import { releaseReservation } from '../inventory/stock-service.js';
import type { Actor } from './timeline.js';

/** Refs under which an order still holds stock. */
export async function openReservationRefs(db: Knex | Knex.Transaction, tenantId: string, orderId: string): Promise<string[]> {
  const rows = await db('stock_reservations').where({ tenant_id: tenantId, order_id: orderId, status: 'open' }).distinct('ref').orderBy('ref');
  return rows.map((r) => r.ref as string);
}

/** Re-route reservations are the order's own, not a flow command's: their refs start with this. */
export const REROUTE_REF = 'reroute:';

/** Release what an order still holds (all refs, or those `which` picks); returns the units released. */
export async function releaseOrderStock(
  trx: Knex.Transaction,
  tenantId: string,
  orderId: string,
  actor: Actor,
  reason: string,
  which: (ref: string) => boolean = () => true,
): Promise<number> {
  let units = 0;
  for (const ref of await openReservationRefs(trx, tenantId, orderId)) {
    if (which(ref)) units += await releaseReservation(trx, { tenantId, ref, actor, reason });
  }
  return units;
}
