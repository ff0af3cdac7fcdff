import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import pino from 'pino';
import { fixedClock } from '../../../runtime/src/core/ports.js';
import { createApp } from '../../../server/src/app.js';
import { loadConfig } from '../../../server/src/config.js';
import { createInProcessPluginHost } from '../../../server/src/plugins/in-process-host.js';
import { createDefaultPlatformHost } from '../../../server/src/plugins/platform/default-platform.js';
import { Client, seedTenant } from '../http/support/harness.js';
import { spawnWorkerProcess, type WorkerProcess } from '../../support/worker-process.js';
import { ensureChildBuilt } from '../plugins/host/host-fixture.js';
import type { PlatformPluginHost } from '../../../server/src/plugins/platform/platform-host.js';

const root = path.resolve(import.meta.dirname, '../../..');
const MASTER_KEY = 'c'.repeat(64);

export interface Generated {
  csv: string;
  /** external id → number of lines of the order, for the orders that must be created. */
  orders: Map<string, number>;
  /** Lines (file line numbers) that must be reported bad. */
  badLines: number[];
  /** Orders with a bad row: one `csv-orders.not-integer` error each. */
  badOrders: number;
  rows: number;
}

/**
 * `rows` data rows; order n has 1–4 lines (2.5 on average, so 100,000 rows ≈ 40,000 orders). Every `badEvery`-th
 * order gets one bad row (qty "x": that row is reported with its column, the order's other rows as incomplete),
 * so the import must report exactly those lines.
 */
export function generateOrdersCsv(rows: number, badEvery: number): Generated {
  const out = ['Order ID,Customer,Email,Ship Name,Address,City,Postcode,Country,SKU,Qty,Unit Price'];
  const orders = new Map<string, number>();
  const badLines: number[] = [];
  let badOrders = 0;
  let line = 1;
  for (let n = 1; line - 1 < rows; n++) {
    const id = `CSV-${String(n).padStart(6, '0')}`;
    const size = Math.min(1 + ((n * 7) % 4), rows - (line - 1));
    const bad = n % badEvery === 0;
    const lines: number[] = [];
    for (let k = 0; k < size; k++) {
      line++;
      lines.push(line);
      const qty = bad && k === size - 1 ? 'x' : String(1 + ((n + k) % 3));
      out.push(`${id},C-${n % 500},c${n % 500}@shop.test,Buyer ${n},${n} Main St,Berlin,10115,DE,SKU-${(n + k) % 200},${qty},${(n % 50) + 0.99}`);
    }
    if (bad) {
      badOrders++;
      badLines.push(...lines);
    }
    else orders.set(id, size);
  }
  return { csv: out.join('\n') + '\n', orders, badLines, badOrders, rows };
}

export interface Scenario {
  base: string;
  db: Knex;
  tenantId: string;
  admin: Client;
  host: PlatformPluginHost;
  worker?: WorkerProcess;
  startWorker(): Promise<WorkerProcess>;
  close(): Promise<void>;
}

/**
 * The real app (HTTP, the plugin platform over the repository's plugins/, child-process plugins) on the given
 * database, a tenant with csv-orders installed, and real worker processes on demand (imports run as jobs there).
 */
export async function startScenario(db: Knex, databaseUrl: string, slug: string): Promise<Scenario> {
  ensureChildBuilt();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'oms-csv-'));
  const logger = pino({ level: 'silent' });
  const clock = fixedClock('2030-01-01T00:00:00Z');
  const env = { OMS_MASTER_KEY: MASTER_KEY };
  const host = createDefaultPlatformHost({ db, clock, logger, dataDir, env, inProcess: createInProcessPluginHost(db, { clock }), overrides: { pluginsDir: path.join(root, 'plugins') } });
  const app = createApp({ db, logger, config: loadConfig({}, { staticDir: '/nonexistent-designer', dataDir }), clock, pluginHost: host });
  const server = http.createServer(app.callback());
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const { tenantId } = await seedTenant(db, slug);
  const admin = await Client.login(base, `admin@${slug}.test`, slug);
  const inst = await admin.post('/api/installations', { pluginId: 'csv-orders', config: {} });
  if (inst.status !== 201) throw new Error(`install csv-orders: ${inst.status} ${JSON.stringify(inst.body)}`);
  const workers: WorkerProcess[] = [];
  const s: Scenario = {
    base, db, tenantId, admin, host,
    async startWorker() {
      const w = spawnWorkerProcess(databaseUrl, { ...env, OMS_DATA_DIR: dataDir, OMS_WORKER_CONCURRENCY: '2' });
      workers.push(w);
      await w.ready;
      s.worker = w;
      return w;
    },
    async close() {
      await Promise.all(workers.map((w) => w.stop()));
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await host.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return s;
}

export interface Progress {
  status: string;
  totalRows: number | null;
  doneRows: number;
  okRows: number;
  badRows: number;
  rate: number | null;
  errors: Array<{ line: number; code: string; field: string | null; message: string }>;
}

/** Poll GET /api/imports/:id (bounded) until `until` holds; every distinct doneRows seen is kept. */
export async function pollImport(c: Client, id: string, until: (p: Progress) => boolean, seen: number[] = [], timeoutMs = 900_000): Promise<Progress> {
  const end = performance.now() + timeoutMs;
  while (performance.now() < end) {
    const p = (await c.get(`/api/imports/${id}`)).body as Progress;
    if (seen[seen.length - 1] !== p.doneRows) seen.push(p.doneRows);
    if (until(p) || p.status === 'failed') return p;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`import ${id} did not get there in ${timeoutMs} ms`);
}

export const upload = (c: Client, csv: string) => c.request('POST', '/api/imports?type=orders&fileName=orders.csv', { raw: csv, headers: { 'content-type': 'text/csv' } });

/** The orders the import made: external id → line count. */
export async function importedOrders(db: Knex, tenantId: string): Promise<Map<string, number>> {
  const rows = await db('orders as o')
    .join('order_lines as l', function () {
      this.on('l.tenant_id', 'o.tenant_id').andOn('l.order_id', 'o.id');
    })
    .where({ 'o.tenant_id': tenantId, 'o.channel': 'csv-orders' })
    .groupBy('o.external_id')
    .select('o.external_id', db.raw('count(*)::int AS n'));
  return new Map(rows.map((r: { external_id: string; n: number }) => [r.external_id, r.n]));
}

export interface CrashRun {
  done: Progress;
  /** Every distinct doneRows the poller saw, in order. */
  seen: number[];
  errorsCsv: string;
  imported: Map<string, number>;
  seconds: number;
  ordersAtCrash: number;
}

/**
 * Upload the file, let a worker process run it to a third, SIGKILL that worker (most likely between a batch's
 * intake and its commit: intake is most of a batch's time), free its jobs, start a new worker, run to the end.
 */
export async function importWithCrash(s: Scenario, gen: Generated, timeoutMs = 900_000): Promise<CrashRun> {
  const started = performance.now();
  const r = await upload(s.admin, gen.csv);
  if (r.status !== 202) throw new Error(`upload: ${r.status} ${JSON.stringify(r.body)}`);
  const id = r.body.id as string;
  const seen: number[] = [];
  const doomed = await s.startWorker();
  await pollImport(s.admin, id, (p) => p.doneRows >= gen.rows / 3, seen, timeoutMs);
  await doomed.kill9();
  const [{ n }] = await s.db('orders').where({ tenant_id: s.tenantId, channel: 'csv-orders' }).count({ n: '*' });
  const locked = await s.db.raw('SELECT DISTINCT locked_by FROM graphile_worker._private_jobs WHERE locked_by IS NOT NULL');
  // graphile-worker frees a dead worker's jobs after its lock timeout; free them now, as an operator would.
  await s.db.raw('SELECT graphile_worker.force_unlock_workers(?::text[])', [locked.rows.map((x: { locked_by: string }) => x.locked_by)]);
  await s.startWorker();
  const done = await pollImport(s.admin, id, (p) => p.status === 'done', seen, timeoutMs);
  const seconds = (performance.now() - started) / 1000;
  const errorsCsv = (await s.admin.get(`/api/imports/${id}/errors.csv`)).body as string;
  return { done, seen, errorsCsv, imported: await importedOrders(s.db, s.tenantId), seconds, ordersAtCrash: Number(n) };
}

export const errorLinesOf = (csv: string) => csv.trim().split('\n').slice(1).map((l) => Number(l.split(',')[0]));
