import { listOrders, type OrderListQuery } from '../../server/src/orders/console/order-list.js';
import { setupBenchDb } from './intake-setup.js';
import { seedOrders } from './search-bench.js';

/**
 * `tsx --conditions=oms-source test/bench/search-explain.ts [orders]`: seeds the search bench's orders and prints
 * EXPLAIN ANALYZE of every query of its mix, to see which plan a list filter gets at that size. Not part of the bench.
 */
const n = Number(process.argv[2] ?? 1_000_000);
const b = await setupBenchDb();
try {
  await seedOrders(b.db, b.tenantId, 1, n + 1);
  const mix: OrderListQuery[] = [
    { limit: 50 },
    { limit: 50, status: 'allocated' },
    { limit: 50, channel: 'web' },
    { limit: 50, from: '2026-06-01T00:00:00Z', to: '2026-06-08T00:00:00Z' },
    { limit: 50, q: 'c123' },
    { limit: 50, sku: 'SKU-7' },
  ];
  for (const q of mix) {
    let captured: { sql: string; bindings: unknown[] } | undefined;
    const listener = (e: { sql: string; bindings: unknown[] }) => void (captured ??= e);
    b.db.on('query', listener);
    const t0 = performance.now();
    await listOrders(b.db, b.tenantId, q);
    const ms = performance.now() - t0;
    b.db.off('query', listener);
    const plan = await b.db.raw(`EXPLAIN (ANALYZE, BUFFERS) ${captured!.sql}`, captured!.bindings as never);
    console.log(`\n=== ${JSON.stringify(q)}: ${ms.toFixed(1)} ms\n${plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n')}`);
  }
} finally {
  await b.db.destroy();
  await b.pg.stop();
}
