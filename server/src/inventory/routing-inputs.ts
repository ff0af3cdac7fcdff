import type { Knex } from 'knex';
import type { Location, StockLevel } from '@oms/runtime';

type Db = Knex | Knex.Transaction;

interface LocationRow {
  id: string;
  type: string;
  tags: string[];
  lat: number | null;
  lon: number | null;
  priority: number;
  region: string | null;
  daily_capacity: number | null;
  active: boolean;
  open_orders: number;
}

/**
 * What the routing engine needs for one order: every location of the tenant (inactive ones too, marked, so the
 * trace can say why they were skipped) with its load, and the stock levels of the order's SKUs.
 * Load = orders with open reservations at the location, against its daily capacity.
 */
export async function loadRoutingInputs(db: Db, tenantId: string, skus: string[]): Promise<{ locations: Location[]; stock: StockLevel[] }> {
  const [locRows, stockRows] = await Promise.all([
    db.raw(
      `SELECT l.id, l.type, l.tags, l.lat, l.lon, l.priority, l.region, l.daily_capacity, l.active,
              (SELECT count(DISTINCT r.order_id)::int FROM stock_reservations r
                WHERE l.daily_capacity IS NOT NULL AND r.tenant_id = l.tenant_id AND r.location_id = l.id AND r.status = 'open') AS open_orders
         FROM locations l WHERE l.tenant_id = ? ORDER BY l.id`,
      [tenantId],
    ),
    skus.length === 0
      ? Promise.resolve([])
      : db('stock_levels')
          .where({ tenant_id: tenantId })
          .whereIn('sku', [...new Set(skus)])
          .orderBy(['location_id', 'sku'])
          .select('location_id', 'sku', 'on_hand', 'reserved', 'safety', 'incoming'),
  ]);
  const locations = (locRows.rows as LocationRow[]).map(toLocation);
  const stock: StockLevel[] = (stockRows as Array<Record<string, any>>).map((r) => ({
    location: r.location_id,
    sku: r.sku,
    onHand: r.on_hand,
    reserved: r.reserved,
    safetyStock: r.safety,
    incoming: r.incoming,
  }));
  return { locations, stock };
}

function toLocation(r: LocationRow): Location {
  const loc: Location = { id: r.id, type: r.type, tags: r.tags, priority: r.priority, active: r.active };
  if (r.lat !== null) loc.lat = r.lat;
  if (r.lon !== null) loc.lon = r.lon;
  if (r.region !== null) loc.region = r.region;
  if (r.daily_capacity !== null) loc.capacity = { maxOpenOrders: r.daily_capacity, openOrders: r.open_orders };
  return loc;
}
