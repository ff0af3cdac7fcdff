import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { createApp } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/config.js';
import type { BenchResult } from './report.js';
import { setupBenchDb } from './intake-setup.js';

/**
 * Order console search: p95 of the same query mix at 10,000 and at 1,000,000 orders (seeded with SQL), through
 * HTTP. Keyset paging and the indexes should make the large table cost about what the small one does.
 */
const SMALL = 10_000;
const LARGE = 1_000_000;
const REPEAT = 30;
const STATUSES = ['received', 'on-hold', 'awaiting-approval', 'allocated', 'shipped', 'cancelled', 'completed'];
const CHANNELS = ['web', 'portal', 'api', 'marketplace'];

async function seed(db: import('knex').Knex, tenantId: string, from: number, to: number) {
  for (let start = from; start < to; start += 100_000) {
    const end = Math.min(to, start + 100_000) - 1;
    await db.raw(
      `WITH s AS (SELECT n, gen_random_uuid() AS id FROM generate_series(?::int, ?::int) n),
       o AS (
         INSERT INTO orders (tenant_id, id, number, channel, external_id, status, customer_email, customer_name, currency, total, body, pinned, placed_at, created_at, updated_at)
         SELECT ?, id, 'SO-' || lpad(n::text, 7, '0'), (?::text[])[1 + n % 4], 'ext-' || n, (?::text[])[1 + n % 7],
                'c' || (n % 5000) || '@example.com', 'Customer ' || (n % 5000), 'EUR', (n % 997) + 0.5, '{"lines":[]}', '{}',
                timestamptz '2026-01-01' + (n % 525600) * interval '1 minute', timestamptz '2026-01-01' + (n % 525600) * interval '1 minute', now()
         FROM s RETURNING id, number
       )
       INSERT INTO order_lines (tenant_id, order_id, line_id, position, sku, qty)
       SELECT ?, o.id, 'l1', 1, 'SKU-' || (substr(o.number, 4)::int % 1000), 1 FROM o`,
      [start, end, tenantId, CHANNELS, STATUSES, tenantId],
    );
  }
  await db.raw('ANALYZE orders; ANALYZE order_lines');
}

type Measured = { p50: number; p95: number; samples: number; byQuery: Record<string, number> };

const pct = (xs: number[], q: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };

async function measure(base: string, key: string): Promise<Measured> {
  const get = async (path: string) => {
    const t0 = performance.now();
    const r = await fetch(base + path, { headers: { authorization: `Bearer ${key}` } });
    const body = await r.json();
    if (r.status !== 200) throw new Error(`${path}: ${r.status} ${JSON.stringify(body)}`);
    return { ms: performance.now() - t0, body };
  };
  const first = await get('/api/orders?limit=50');
  const mix = [
    '/api/orders?limit=50',
    '/api/orders?limit=50&status=allocated',
    '/api/orders?limit=50&channel=web',
    '/api/orders?limit=50&from=2026-06-01T00:00:00Z&to=2026-06-08T00:00:00Z',
    '/api/orders?limit=50&q=c123',
    '/api/orders?limit=50&sku=SKU-7',
    `/api/orders?limit=50&cursor=${first.body.nextCursor}`,
  ];
  const times: number[] = [];
  const per = new Map<string, number[]>(mix.map((p) => [p, []]));
  for (let i = 0; i < REPEAT; i++) for (const p of mix) { const ms = (await get(p)).ms; times.push(ms); per.get(p)!.push(ms); }
  // p95 per query, so a regression names the filter that caused it (the cursor query is keyed by its shape).
  const byQuery = Object.fromEntries([...per].map(([p, xs]) => [p.replace(/cursor=[^&]+/, 'cursor=…'), Math.round(pct(xs, 0.95) * 100) / 100]));
  return { p50: pct(times, 0.5), p95: pct(times, 0.95), samples: times.length, byQuery };
}

export async function run(): Promise<BenchResult[]> {
  const b = await setupBenchDb();
  const app = createApp({ db: b.db, logger: pino({ level: 'silent' }), config: loadConfig({}, { staticDir: '/nonexistent' }) });
  const server = http.createServer(app.callback());
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    await seed(b.db, b.tenantId, 1, SMALL + 1);
    await measure(base, b.apiKey); // warm-up
    const small = await measure(base, b.apiKey);
    const t0 = performance.now();
    await seed(b.db, b.tenantId, SMALL + 1, LARGE + 1);
    const seedSeconds = (performance.now() - t0) / 1000;
    await measure(base, b.apiKey);
    const large = await measure(base, b.apiKey);
    const ratio = large.p95 / small.p95;
    return [
      {
        name: 'search-orders-1m',
        ours: large.p95,
        baseline: small.p95,
        ratio,
        target: 'p95 at 1,000,000 orders <= 1.5x p95 at 10,000',
        pass: ratio <= 1.5,
        unit: 'ms',
        details: { small, large, seedSeconds: Math.round(seedSeconds), queries: 7 },
      },
    ];
  } finally {
    server.closeAllConnections();
    server.close();
    await b.db.destroy();
    await b.pg.stop();
  }
}
