import type { Knex } from 'knex';

/**
 * Commands that change the world outside the order (stock, connectors) wait while the order is on hold: the
 * worker leaves them `pending`, and release puts them back on the queue. Tasks, timers and undo commands go on.
 */
export const PARKED_ON_HOLD: ReadonlySet<string> = new Set(['reserve-stock', 'call-action']);

/** Is this command's order on hold right now (so the command must wait)? */
export async function mustPark(db: Knex, tenantId: string, instanceId: string, type: string): Promise<boolean> {
  if (!PARKED_ON_HOLD.has(type)) return false;
  const row = await db('flow_instances as f')
    .join('orders as o', function () {
      this.on('o.tenant_id', 'f.tenant_id').andOn('o.id', 'f.order_id');
    })
    .where({ 'f.tenant_id': tenantId, 'f.id': instanceId })
    .first('o.status');
  return row?.status === 'on-hold';
}
