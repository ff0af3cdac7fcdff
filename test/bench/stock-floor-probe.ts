import pg from 'pg';
import { setupBenchDb } from './intake-setup.js';
import { pool as loops } from './stock-bench.js';
import { BARE_UPDATE, withReservationAndMovement, withReservationRow } from './stock-floor-sql.js';

/**
 * A probe, not a bench row: what a reservation costs against the stock bench's floor. The floor is one bare
 * conditional UPDATE (one row); a reservation must also write its reservation row (reserved = Σ open
 * reservations) and its ledger movement (on_hand and reserved changes = Σ movements). Each step is added to the
 * floor as ONE autocommit statement of CTEs from a plain pg client, 16 connections, then oms_reserve_lines
 * (what reserveLines calls) unnamed and prepared, over fresh SKUs each, two rounds (the second is reported as
 * warm). Reservations per second, and each as a ratio of the bare UPDATE in its round.
 * Run: npx tsx --conditions=oms-source test/bench/stock-floor-probe.ts
 */
const N = 4000;
const CONNECTIONS = 16;
const STEPS = 5;
const ROUNDS = 2;

const b = await setupBenchDb();
const t = b.tenantId;
await b.db('locations').insert({ tenant_id: t, id: 'bulk-dc', name: 'Bulk DC', type: 'warehouse' });
const total = N * STEPS * ROUNDS;
await b.db.raw(`INSERT INTO products (tenant_id, sku, name) SELECT ?, 'B-' || n, 'B' FROM generate_series(1, ?) n`, [t, total]);
await b.db.raw(`INSERT INTO stock_levels (tenant_id, location_id, sku, on_hand) SELECT ?, 'bulk-dc', 'B-' || n, 100 FROM generate_series(1, ?) n`, [t, total]);
await b.db.raw('ANALYZE');
const pool = new pg.Pool({ connectionString: b.pg.url, max: CONNECTIONS });
let used = 0;

async function perSecond(fn: (sku: string) => Promise<unknown>): Promise<number> {
  const skus = Array.from({ length: N }, (_, i) => `B-${used + i + 1}`);
  used += N;
  const t0 = performance.now();
  await loops(skus, CONNECTIONS, async (sku) => void (await fn(sku)));
  return N / ((performance.now() - t0) / 1000);
}

const lines = (sku: string) => JSON.stringify([{ id: crypto.randomUUID(), location: 'bulk-dc', sku, qty: 1 }]);
const steps: Array<[string, (sku: string) => Promise<unknown>]> = [
  ['bare conditional UPDATE (the floor)', (sku) => pool.query(BARE_UPDATE, [t, sku])],
  ['+ reservation row', (sku) => pool.query(withReservationRow, [t, sku, `r:${sku}`])],
  ['+ reservation row + movement row', (sku) => pool.query(withReservationAndMovement, [t, sku, `m:${sku}`])],
  ['oms_reserve_lines (unnamed)', (sku) => pool.query(`SELECT oms_reserve_lines($1, $2, NULL, NULL, NULL, $3::jsonb)`, [t, `f:${sku}`, lines(sku)])],
  ['oms_reserve_lines (prepared)', (sku) => pool.query({ name: 'probe', text: `SELECT oms_reserve_lines($1, $2, NULL, NULL, NULL, $3::jsonb)`, values: [t, `p:${sku}`, lines(sku)] })],
];
for (let round = 1; round <= ROUNDS; round++) {
  let floor = 0;
  for (const [name, fn] of steps) {
    const rate = await perSecond(fn);
    floor ||= rate;
    console.log(`round ${round}  ${name.padEnd(38)} ${String(Math.round(rate)).padStart(6)}/s  ${(rate / floor).toFixed(2)}x`);
  }
}
await pool.end();
await b.db.destroy();
await b.pg.stop();
