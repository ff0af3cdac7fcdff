import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import knex from 'knex';
import { startEmbeddedPostgres } from '../../server/src/db/embedded.js';
import { migrateToLatest } from '../../server/src/db/migrate.js';
import { errorLinesOf, generateOrdersCsv, importWithCrash, startScenario } from '../integration/connectors/csv-orders-scenario.js';
import type { BenchResult } from './report.js';

// OMS_BENCH_CSV_ROWS: a smaller smoke run of the same bench.
const ROWS = Number(process.env.OMS_BENCH_CSV_ROWS ?? 100_000);
const BAD_EVERY = 5_000; // a few bad orders (8), each with one bad row

/**
 * 100,000 CSV rows (≈ 40,000 orders) through POST /api/imports?type=orders: the csv-orders plugin in its child
 * process, the intake pipeline, real worker processes; one worker SIGKILLed at a third and the import resumed.
 * Passes when the import is exact (every order once with all its lines, exactly the bad lines listed, counts
 * right, progress never backwards); reports rows/s.
 */
export async function run(): Promise<BenchResult[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'oms-bench-csv-'));
  await chmod(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), database: 'bench' });
  const db = knex({ client: 'pg', connection: pg.url, pool: { min: 0, max: 20 } });
  try {
    await migrateToLatest(db);
    const s = await startScenario(db, pg.url, 'bench-csv');
    try {
      const gen = generateOrdersCsv(ROWS, BAD_EVERY);
      const r = await importWithCrash(s, gen, 4 * 3600_000);
      const sameOrders = r.imported.size === gen.orders.size && [...gen.orders].every(([k, v]) => r.imported.get(k) === v);
      const sameBad = JSON.stringify(errorLinesOf(r.errorsCsv)) === JSON.stringify(gen.badLines);
      const counts = r.done.status === 'done' && r.done.doneRows === ROWS && r.done.badRows === gen.badLines.length;
      const monotonic = r.seen.every((v, i) => i === 0 || v >= r.seen[i - 1]) && r.seen.length >= 10;
      const rate = Math.round(ROWS / r.seconds);
      return [
        {
          name: 'csv-orders-import-100k',
          ours: rate,
          baseline: null,
          ratio: null,
          target: 'exact orders, bad lines and counts after a worker crash; progress moves',
          pass: sameOrders && sameBad && counts && monotonic,
          unit: 'rows/s',
          details: { rows: ROWS, orders: gen.orders.size, seconds: Math.round(r.seconds), ordersAtCrash: r.ordersAtCrash, progressSteps: r.seen.length, sameOrders, sameBad, counts, monotonic },
        },
      ];
    } finally {
      await s.close();
    }
  } finally {
    await db.destroy();
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
