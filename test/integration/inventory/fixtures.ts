import type { Knex } from 'knex';
import { ensureTenant } from '../../../server/src/users/users.js';
import { adjustStock } from '../../../server/src/inventory/stock-service.js';
import type { Actor } from '../../../server/src/orders/timeline.js';

export const ACTOR: Actor = { userId: null, label: 'test' };

/** A tenant with the given locations and SKUs (rows written directly: these tests are about stock, not the catalog API). */
export async function seedCatalog(db: Knex, slug: string, locations: string[], skus: string[]): Promise<string> {
  const { id } = await ensureTenant(db, slug, slug);
  await db('locations').insert(locations.map((l, i) => ({ tenant_id: id, id: l, name: l, type: 'warehouse', priority: i, tags: ['dc'] })));
  await db('products').insert(skus.map((sku) => ({ tenant_id: id, sku, name: sku })));
  return id;
}

/** Put units on hand through the service, so the ledger explains them. */
export async function stockUp(db: Knex, tenantId: string, levels: Array<[location: string, sku: string, onHand: number]>) {
  await db.transaction(async (trx) => {
    for (const [location, sku, set] of levels) {
      await adjustStock(trx, { tenantId, location, sku, set, reason: 'initial count', actor: ACTOR });
    }
  });
}

export async function level(db: Knex, tenantId: string, location: string, sku: string) {
  return db('stock_levels').where({ tenant_id: tenantId, location_id: location, sku }).first('on_hand', 'reserved', 'safety', 'damaged', 'incoming');
}
