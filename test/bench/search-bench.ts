import http from 'node:http';
import type { AddressInfo } from 'node:net';
import knex from 'knex';
import pino from 'pino';
import { createApp } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/config.js';
import type { BenchResult } from './report.js';
import { setupBenchDb } from './intake-setup.js';
import { persistedSides, type SearchSides } from './search-bench-db.js';

/**
 * Order console search: p95 of the same query mix at 10,000 and at 1,000,000 orders (seeded with SQL), through
 * HTTP. Keyset paging and the indexes should make the large table cost about what the small one does.
 */
const SMALL = 10_000;
const LARGE = 1_000_000;
const REPEAT = 30;
const STATUSES = ['received', 'on-hold', 'awaiting-approval', 'allocated', 'shipped', 'cancelled', 'completed'];
const CHANNELS = ['web', 'portal', 'api', 'marketplace'];

export async function seed(db: import('knex').Knex, tenantId: string, from: number, to: number) {
  for (let start = from; start < to; start += 100_000) {
    const end = Math.min(to, start + 100_000) - 1;
    await db.raw(
      `WITH s AS (SELECT n, gen_random_uuid() AS id FROM generate_series(?::int, ?::int) n),
       o AS (
         INSERT INTO orders (tenant_id, id, number, channel, external_id, status, customer_email, customer_name, currency, total, body, pinned, placed_at, created_at, updated_at)
         SELECT ?, id, 'SO-' || lpad(n::text, 7, '0'), (?::text[])[1 + n % 4], 'ext-' || n, (?::text[])[1 + n % 7],
                'c' || (n % 5000) || '@example.com', 'Customer ' || (n % 5000), 'EUR', (n % 997) + 0.5, '{"lines":[]}', '{}',
                timestamptz '2026-01-01' + (n % 525600) * interval '1 minute', timestamptz '2026-01-01' + (n % 525600) * interval '1 minute', now()
         FROM s RETURNING id, number, created_at
       )
       INSERT INTO order_lines (tenant_id, order_id, line_id, position, sku, qty, order_created_at)
       SELECT ?, o.id, 'l1', 1, 'SKU-' || (substr(o.number, 4)::int % 1000), 1, o.created_at FROM o`,
      [start, end, tenantId, CHANNELS, STATUSES, tenantId],
    );
  }
  // What autovacuum does to a table after bulk inserts (statistics, and the visibility map index-only scans need):
  // done here at once so both sizes are measured in that steady state, not half-way through autovacuum's work.
  await db.raw('VACUUM (ANALYZE) orders');
  await db.raw('VACUUM (ANALYZE) order_lines');
}

const pct = (xs: number[], q: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };

type Side = { base: string; key: string; mix: string[]; times: number[]; per: Map<string, number[]> };

async function get(side: Side, path: string) {
  const t0 = performance.now();
  const r = await fetch(side.base + path, { headers: { authorization: `Bearer ${side.key}` } });
  const body = await r.json();
  if (r.status !== 200) throw new Error(`${path}: ${r.status} ${JSON.stringify(body)}`);
  return { ms: performance.now() - t0, body };
}

async function prepare(base: string, key: string): Promise<Side> {
  const side: Side = { base, key, mix: [], times: [], per: new Map() };
  const first = await get(side, '/api/orders?limit=50');
  side.mix = [
    '/api/orders?limit=50',
    '/api/orders?limit=50&status=allocated',
    '/api/orders?limit=50&channel=web',
    '/api/orders?limit=50&from=2026-06-01T00:00:00Z&to=2026-06-08T00:00:00Z',
    '/api/orders?limit=50&q=c123',
    '/api/orders?limit=50&sku=SKU-7',
    `/api/orders?limit=50&cursor=${first.body.nextCursor}`,
  ];
  for (const p of side.mix) side.per.set(p, []);
  return side;
}

function summary(side: Side) {
  // p95 per query, so a regression names the filter that caused it (the cursor query is keyed by its shape).
  const byQuery = Object.fromEntries([...side.per].map(([p, xs]) => [p.replace(/cursor=[^&]+/, 'cursor=…'), Math.round(pct(xs, 0.95) * 100) / 100]));
  return { p50: pct(side.times, 0.5), p95: pct(side.times, 0.95), samples: side.times.length, byQuery };
}

/**
 * Both sizes are measured in the same minutes, one request each in turn (which goes first alternates per round),
 * so the machine's load falls on both alike: two databases of one PostgreSQL, identical schema, 10,000 orders in
 * one and 1,000,000 in the other, each behind its own app.
 */
async function measure(small: Side, large: Side) {
  for (let i = 0; i < REPEAT; i++) {
    for (const [idx, p] of small.mix.entries()) {
      const order = (i + idx) % 2 === 0 ? [small, large] : [large, small];
      for (const side of order) {
        const path = side === small ? p : large.mix[idx];
        const { ms } = await get(side, path);
        side.times.push(ms);
        side.per.get(path)!.push(ms);
      }
    }
  }
}

async function serve(db: import('knex').Knex) {
  const app = createApp({ db, logger: pino({ level: 'silent' }), config: loadConfig({}, { staticDir: '/nonexistent' }) });
  const server = http.createServer(app.callback());
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function freshSides(): Promise<SearchSides & { seedSeconds: number }> {
  const b = await setupBenchDb();
  // The small database is a copy of the migrated bench database (same tenant, key and definitions) before seeding.
  await b.db.destroy();
  const admin = knex({ client: 'pg', connection: b.pg.urlFor('postgres'), pool: { min: 0, max: 1 } });
  await admin.raw('CREATE DATABASE bench_small TEMPLATE bench');
  await admin.destroy();
  const large = { db: knex({ client: 'pg', connection: b.pg.url, pool: { min: 0, max: 20 } }), tenantId: b.tenantId, key: b.apiKey };
  const small = { db: knex({ client: 'pg', connection: b.pg.urlFor('bench_small'), pool: { min: 0, max: 20 } }), tenantId: b.tenantId, key: b.apiKey };
  await seed(small.db, b.tenantId, 1, SMALL + 1);
  const t0 = performance.now();
  await seed(large.db, b.tenantId, 1, LARGE + 1);
  return { pg: b.pg, small, large, seedSeconds: (performance.now() - t0) / 1000 };
}

export async function run(): Promise<BenchResult[]> {
  const dir = process.env.SEARCH_BENCH_DATA;
  const sides = dir ? await persistedSides(dir, SMALL, LARGE, seed) : await freshSides();
  const { small: sm0, large: lg0, seedSeconds } = sides;
  const smallDb = sm0.db;
  const largeDb = lg0.db;
  const servers: http.Server[] = [];
  try {
    const s = await serve(smallDb);
    const l = await serve(largeDb);
    servers.push(s.server, l.server);
    await measure(await prepare(s.base, sm0.key), await prepare(l.base, lg0.key)); // warm-up
    const small = await prepare(s.base, sm0.key);
    const large = await prepare(l.base, lg0.key);
    await measure(small, large);
    const sm = summary(small);
    const lg = summary(large);
    const ratio = lg.p95 / sm.p95;
    return [
      {
        name: 'search-orders-1m',
        ours: lg.p95,
        baseline: sm.p95,
        ratio,
        target: 'p95 at 1,000,000 orders <= 1.5x p95 at 10,000',
        pass: ratio <= 1.5,
        unit: 'ms',
        details: { small: sm, large: lg, seedSeconds: Math.round(seedSeconds), persisted: Boolean(dir), queries: 7, interleaved: true },
      },
    ];
  } finally {
    for (const server of servers) { server.closeAllConnections(); server.close(); }
    await smallDb.destroy();
    await largeDb.destroy();
    await sides.pg.stop();
  }
}
