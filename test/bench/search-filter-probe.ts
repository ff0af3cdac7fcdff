import { listOrders } from '../../server/src/orders/console/order-list.js';
import { setupBenchDb } from './intake-setup.js';
import { seed } from './search-bench.js';

/**
 * A probe, not a bench row: the console filters the search bench's mix leaves out (location, customer), at N orders
 * seeded as the search bench seeds them, with reservations on 60 % of them at one warehouse, 5 % at another and
 * 0.05 % at a store. Median of 7 calls of listOrders per filter.
 * Run: npx tsx --conditions=oms-source test/bench/search-filter-probe.ts [orders, default 1000000]
 */
const N = Number(process.argv[2] ?? 1_000_000);
const LOCATIONS = ['dc-main', 'dc-mid', 'store-rare'];
const b = await setupBenchDb();
const t = b.tenantId;
try {
  const t0 = performance.now();
  await seed(b.db, t, 1, N + 1);
  for (const id of LOCATIONS) await b.db('locations').insert({ tenant_id: t, id, name: id, type: id.startsWith('dc') ? 'warehouse' : 'store' });
  await b.db.raw(`INSERT INTO products (tenant_id, sku, name) SELECT ?, 'SKU-' || n, 'p' FROM generate_series(0, 999) n ON CONFLICT DO NOTHING`, [t]);
  await b.db.raw(`INSERT INTO stock_levels (tenant_id, location_id, sku, on_hand) SELECT ?, l, 'SKU-' || n, 1000000 FROM generate_series(0, 999) n, unnest(?::text[]) l`, [t, LOCATIONS]);
  await b.db.raw(
    `INSERT INTO stock_reservations (tenant_id, id, ref, order_id, location_id, sku, qty, consumed, status)
     SELECT o.tenant_id, gen_random_uuid(), 'r:' || o.id, o.id, CASE WHEN h < 1200 THEN 'dc-main' WHEN h < 1300 THEN 'dc-mid' ELSE 'store-rare' END,
            'SKU-' || (h % 1000), 1, 1, 'consumed'
       FROM (SELECT tenant_id, id, abs(hashtext(id::text)) % 2000 AS h FROM orders WHERE tenant_id = ?) o WHERE h < 1301`,
    [t],
  );
  await b.db.raw('VACUUM (ANALYZE) stock_reservations');
  console.log(`seeded ${N} orders in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  const shapes = [
    ...LOCATIONS.map((location) => ({ location })),
    { location: 'nowhere' },
    { location: 'store-rare', status: 'allocated' },
    { customer: 'c123@example.com' },
    { customer: 'nobody@example.com' },
  ];
  for (const shape of shapes) {
    const q = { limit: 50, ...shape };
    const times: number[] = [];
    let n = 0;
    for (let i = 0; i < 7; i++) {
      const t1 = performance.now();
      n = (await listOrders(b.db, t, q)).items.length;
      times.push(performance.now() - t1);
    }
    times.sort((x, y) => x - y);
    console.log(`${JSON.stringify(shape)}: ${n} items, median ${times[3].toFixed(1)} ms`);
  }
} finally {
  await b.db.destroy();
  await b.pg.stop();
}
