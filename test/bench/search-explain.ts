import knex, { type Knex } from 'knex';
import pg from 'pg';
import { listOrders, type OrderListQuery } from '../../server/src/orders/console/order-list.js';

/**
 * EXPLAIN (ANALYZE, BUFFERS) of every statement the console list sends for each query shape of the search bench:
 * `tsx --conditions=oms-source test/bench/search-explain.ts <database url> [tenant slug]`. The statements are
 * captured from a real `listOrders` call, so the plans are those of the code as it is.
 */
export const SHAPES: Array<Omit<OrderListQuery, 'cursor'> & { page2?: true }> = [
  { limit: 50 },
  { limit: 50, status: 'allocated' },
  { limit: 50, channel: 'web' },
  { limit: 50, from: '2026-06-01T00:00:00Z', to: '2026-06-08T00:00:00Z' },
  { limit: 50, q: 'c123' },
  { limit: 50, sku: 'SKU-7' },
  { limit: 50, page2: true },
];

/** `--all`: combinations the console also sends (not in the bench's mix), to check the plans beyond it. */
export const MORE: typeof SHAPES = [
  { limit: 50, sku: 'SKU-7', status: 'allocated', from: '2026-03-01T00:00:00Z', to: '2026-09-01T00:00:00Z' },
  { limit: 50, sku: 'SKU-7', status: 'allocated', page2: true },
  { limit: 50, q: 'c123', status: 'allocated' },
  { limit: 50, q: 'c' },
  { limit: 50, q: 'so-00012' },
  { limit: 50, q: 'c1234@example.com' },
  { limit: 50, customer: 'c123@example.com' },
];

async function captured(db: Knex, tenantId: string, q: OrderListQuery) {
  const sent: Array<{ sql: string; bindings: readonly unknown[] }> = [];
  const on = (e: { sql: string; bindings?: readonly unknown[] }) => sent.push({ sql: e.sql, bindings: e.bindings ?? [] });
  db.on('query', on);
  try {
    return { page: await listOrders(db, tenantId, q), sent };
  } finally {
    db.removeListener('query', on);
  }
}

async function main() {
  const all = process.argv.includes('--all');
  const [url, slug = 'bench'] = process.argv.slice(2).filter((a) => a !== '--all');
  if (!url) throw new Error('usage: search-explain.ts <database url> [tenant slug]');
  const db = knex({ client: 'pg', connection: url, pool: { min: 0, max: 1 } });
  const client = new pg.Client(url); // knex's query event hands out $n placeholders: run them as they were sent
  await client.connect();
  try {
    const tenant = await db('tenants').where({ slug }).first('id');
    if (!tenant) throw new Error(`no tenant ${slug}`);
    for (const { page2, ...shape } of all ? [...SHAPES, ...MORE] : SHAPES) {
      const cursor = page2 ? (await listOrders(db, tenant.id, shape)).nextCursor ?? undefined : undefined;
      const q: OrderListQuery = page2 ? { ...shape, cursor } : shape;
      await listOrders(db, tenant.id, q); // warm the buffers the way the bench's warm-up does
      const { page, sent } = await captured(db, tenant.id, q);
      console.log(`\n### ${JSON.stringify(q)} → ${page.items.length} items`);
      for (const s of sent) {
        const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.sql}`, s.bindings as unknown[]);
        console.log(rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n'));
      }
    }
  } finally {
    await client.end();
    await db.destroy();
  }
}

await main();
