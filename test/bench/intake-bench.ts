import http from 'node:http';
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import pino from 'pino';
import { createApp } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/config.js';
import { benchOrder, setupBenchDb } from './intake-setup.js';
import { runRawFloor } from './intake-raw-floor.js';
import type { BenchResult } from './report.js';

const CONNECTIONS = 16;
const DURATION_S = Number(process.env.OMS_BENCH_INTAKE_SECONDS ?? 10);

/**
 * intake: HTTP POST /api/orders (auth, Idempotency-Key, validate, normalise, dedupe, review, persist, flow start
 * with its first command enqueued as a job, all in the real app on embedded PostgreSQL) driven by autocannon
 * with 16 connections, vs the raw SQL floor writing the same rows with a plain pg client (16 connections), in
 * the same run. Routing and reservation run afterwards in the worker (the reserve-stock job); no worker runs here.
 */
export async function run(): Promise<BenchResult[]> {
  const b = await setupBenchDb();
  const app = createApp({ db: b.db, logger: pino({ level: 'silent' }), config: loadConfig({}, { staticDir: '/nonexistent' }) });
  const server = http.createServer(app.callback());
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  try {
    const fire = (durationS: number, amount?: number) =>
      autocannon({
        url,
        connections: CONNECTIONS,
        ...(amount ? { amount } : { duration: durationS }),
        requests: [
          {
            method: 'POST',
            path: '/api/orders',
            setupRequest: (req: Record<string, any>) => ({
              ...req,
              headers: { 'content-type': 'application/json', authorization: `Bearer ${b.apiKey}`, 'idempotency-key': randomUUID() },
              body: JSON.stringify(benchOrder('http')),
            }),
          },
        ],
      });
    const warm = await fire(0, 500); // warm-up: JIT, pools, plans
    if (warm.non2xx > 0 || warm.errors > 0) throw new Error(`intake bench: warm-up got ${warm.non2xx} non-2xx answers and ${warm.errors} errors`);
    const state = (await b.db('flow_instances').where({ tenant_id: b.tenantId }).first('state')).state;
    const before = Number((await b.db('orders').where({ tenant_id: b.tenantId }).count<{ c: string }[]>('* as c'))[0].c);
    // Statements the app sends per order (BEGIN / COMMIT / SAVEPOINT count: each is a round trip).
    let statements = 0;
    const count = () => void statements++;
    b.db.on('query', count);
    const ours = await fire(DURATION_S);
    b.db.off('query', count);
    const orders = Number((await b.db('orders').where({ tenant_id: b.tenantId }).count<{ c: string }[]>('* as c'))[0].c);
    const raw = await runRawFloor({ url: b.pg.url, tenantId: b.tenantId, apiKeyId: b.apiKeyId, state, connections: CONNECTIONS, durationMs: DURATION_S * 1000 });
    const ratio = ours.requests.average / raw.perSecond;
    const p99Ratio = ours.latency.p99 / raw.p99;
    return [
      {
        name: 'intake',
        ours: ours.requests.average,
        baseline: raw.perSecond,
        ratio,
        target: '>= 1.0x raw SQL floor and p99 <= 2x raw',
        pass: ratio >= 1 && p99Ratio <= 2,
        unit: 'orders/s',
        details: {
          connections: CONNECTIONS,
          seconds: DURATION_S,
          oursP50Ms: ours.latency.p50,
          oursP99Ms: ours.latency.p99,
          rawP50Ms: raw.p50,
          rawP99Ms: raw.p99,
          p99Ratio,
          non2xx: ours.non2xx,
          errors: ours.errors,
          ordersStored: orders,
          roundTripsPerOrder: statements / (orders - before),
          rawWrites: raw.count,
        },
      },
    ];
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
    await b.db.destroy();
    await b.pg.stop();
  }
}
