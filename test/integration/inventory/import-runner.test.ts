import pino from 'pino';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../runtime/src/core/ports.js';
import { csvBatches } from '../../../server/src/imports/csv-batches.js';
import { processImportBatch } from '../../../server/src/imports/import-batch.js';
import { loadImportView } from '../../../server/src/imports/import-view.js';
import { IMPORT_KINDS, runImport } from '../../../server/src/imports/run-import.js';
import { reserveLines } from '../../../server/src/inventory/stock-service.js';
import { ensureTenant } from '../../../server/src/users/users.js';
import { assertConservation } from '../../support/conservation.js';
import { createTestDb, type TestDb } from '../../support/test-db.js';
import { ACTOR } from './fixtures.js';

let t: TestDb;
let tenant: string;
const clock = fixedClock('2030-01-01T00:00:00Z');
const deps = () => ({ db: t.knex, clock, logger: pino({ level: 'silent' }) });
const LOCATIONS = 20;
const SKUS = 5000;

beforeAll(async () => {
  t = await createTestDb();
  tenant = (await ensureTenant(t.knex, 'bulk', 'bulk')).id;
  await t.knex.raw(`INSERT INTO locations (tenant_id, id, name, type) SELECT ?, 'loc-' || g, 'Loc ' || g, 'warehouse' FROM generate_series(1, ?) g`, [tenant, LOCATIONS]);
  await t.knex.raw(`INSERT INTO products (tenant_id, sku, name) SELECT ?, 'SKU-' || g, 'Product ' || g FROM generate_series(1, ?) g`, [tenant, SKUS]);
}, 120_000);
afterEach(() => assertConservation(t.knex, tenant), 120_000);
afterAll(() => t.drop());

async function newImport(type: string, content: string): Promise<string> {
  const id = uuidv7();
  await t.knex('imports').insert({ tenant_id: tenant, id, type, content });
  return id;
}

/** Row n (1-based data row) sits on file line n + 1. */
function stockCsv(rows: number, bad: Map<number, string>): string {
  const out = ['location,sku,on_hand,safety'];
  for (let n = 1; n <= rows; n++) {
    out.push(bad.get(n) ?? `loc-${(n % LOCATIONS) + 1},SKU-${Math.floor((n - 1) / LOCATIONS) + 1},${n % 97},${n % 3}`);
  }
  return out.join('\n') + '\n';
}

describe('stock import at 100,000 rows', () => {
  it('reports progress, applies good rows, reports bad rows with exact line numbers', async () => {
    const bad = new Map<number, string>([
      [7, 'loc-404,SKU-1,5,0'],
      [20_000, 'loc-1,SKU-999999,5,0'],
      [33_333, 'loc-1,SKU-2,many,0'],
      [50_000, 'loc-1,SKU-2,-4,0'],
      [77_777, 'loc-1,SKU-2'],
      [99_999, 'Loc_1,SKU-2,1,0'],
    ]);
    const id = await newImport('stock', stockCsv(100_000, bad));
    const started = performance.now();
    expect(await runImport(deps(), { tenantId: tenant, importId: id }, { maxBatches: 10, batchSize: 1000 })).toEqual({ status: 'running' });
    clock.advance(10_000);
    const mid = await loadImportView(t.knex, tenant, id, clock.now());
    expect(mid).toMatchObject({ status: 'running', totalRows: 100_000, doneRows: 10_000, okRows: 9_999, badRows: 1, rate: 1000, etaSeconds: 90 });
    expect(await runImport(deps(), { tenantId: tenant, importId: id })).toEqual({ status: 'done' });
    const seconds = (performance.now() - started) / 1000;
    const view = await loadImportView(t.knex, tenant, id, clock.now());
    expect(view).toMatchObject({ status: 'done', totalRows: 100_000, doneRows: 100_000, okRows: 99_994, badRows: 6, etaSeconds: 0 });
    expect(view!.errors.map((e) => [e.line, e.code, e.field])).toEqual([
      [8, 'import.unknown-location', 'location'],
      [20_001, 'import.unknown-sku', 'sku'],
      [33_334, 'import.not-integer', 'on_hand'],
      [50_001, 'import.out-of-range', 'on_hand'],
      [77_778, 'import.column-count', null],
      [100_000, 'import.invalid', 'location'],
    ]);
    const levels = await t.knex('stock_levels').where({ tenant_id: tenant }).count({ n: '*' }).first();
    expect(Number(levels!.n)).toBe(99_994);
    const sample = await t.knex('stock_levels').where({ tenant_id: tenant, location_id: 'loc-12', sku: 'SKU-3' }).first('on_hand', 'safety');
    expect(sample).toEqual({ on_hand: 51 % 97, safety: 51 % 3 }); // row 51: loc-(51 % 20 + 1), SKU-3
    console.log(`stock import: 100,000 rows in ${seconds.toFixed(1)} s = ${Math.round(100_000 / seconds)} rows/s`);
  }, 300_000);
});

describe('resuming after a crash', () => {
  const csv = (v: number) => ['location,sku,on_hand', ...Array.from({ length: 5000 }, (_, i) => `loc-${(i % 5) + 1},SKU-${Math.floor(i / 5) + 1},${v + (i % 7)}`)].join('\n');

  it('a batch cut off before its commit leaves no trace; the resumed import applies every row exactly once', async () => {
    const id = await newImport('stock', csv(100));
    await runImport(deps(), { tenantId: tenant, importId: id }, { batchSize: 1000, maxBatches: 2 });
    const at = await t.knex('imports').where({ id }).first('cursor_line', 'done_rows', 'status');
    expect(at).toEqual({ cursor_line: 2001, done_rows: 2000, status: 'running' });
    // The process dies in the middle of batch 3: its transaction never commits.
    const content = (await t.knex('imports').where({ id }).first('content')).content;
    const batch = (await csvBatches(content, IMPORT_KINDS.stock, 2001, 1000).next()).value!;
    await expect(
      t.knex.transaction(async (trx) => {
        await processImportBatch(trx, { tenantId: tenant, importId: id, kind: IMPORT_KINDS.stock, actor: ACTOR, fromCursor: 2001, batch });
        throw new Error('killed');
      }),
    ).rejects.toThrow('killed');
    expect(await t.knex('imports').where({ id }).first('cursor_line', 'done_rows')).toEqual({ cursor_line: 2001, done_rows: 2000 });
    // Two runners resume at once (a retried job beside a live one): the cursor check lets each batch through once.
    const results = await Promise.all([runImport(deps(), { tenantId: tenant, importId: id }, { batchSize: 1000 }), runImport(deps(), { tenantId: tenant, importId: id }, { batchSize: 1000 })]);
    expect(results.map((r) => r.status)).toContain('done');
    expect(await t.knex('imports').where({ id }).first('status', 'done_rows', 'ok_rows', 'bad_rows')).toEqual({ status: 'done', done_rows: 5000, ok_rows: 5000, bad_rows: 0 });
    const perLevel = await t.knex('stock_movements').where({ tenant_id: tenant, ref_id: id }).groupBy('location_id', 'sku').select(t.knex.raw('count(*)::int AS n'));
    expect([perLevel.length, Math.max(...perLevel.map((r) => r.n))]).toEqual([5000, 1]);
    expect(await t.knex('stock_levels').where({ tenant_id: tenant, location_id: 'loc-3', sku: 'SKU-1' }).first('on_hand')).toEqual({ on_hand: 102 });
  });

  it('a second file sets levels, writing movements for the differences only; on_hand below reserved is refused per row', async () => {
    await t.knex.transaction((trx) => reserveLines(trx, { tenantId: tenant, ref: 'hold-1', orderId: null, actor: ACTOR, lines: [{ location: 'loc-1', sku: 'SKU-1', qty: 95 }] }));
    const id = await newImport('stock', 'location,sku,on_hand\nloc-1,SKU-1,94\nloc-2,SKU-1,101\nloc-3,SKU-1,102\n');
    expect(await runImport(deps(), { tenantId: tenant, importId: id })).toEqual({ status: 'done' });
    const view = await loadImportView(t.knex, tenant, id, clock.now());
    expect(view!.errors).toEqual([{ line: 2, code: 'import.below-reserved', field: 'on_hand', message: 'on_hand 94 is below the 95 reserved' }]);
    // The first file left loc-2 at 100 + (1 % 7) = 101 and loc-3 at 102: unchanged, so no movements.
    expect(await t.knex('stock_movements').where({ ref_id: id }).count({ n: '*' }).first()).toEqual({ n: '0' });
  });

  it('a bad header fails the whole import with a reason', async () => {
    const id = await newImport('stock', 'location,sku,onhand\nloc-1,SKU-1,1\n');
    expect(await runImport(deps(), { tenantId: tenant, importId: id })).toEqual({ status: 'failed' });
    expect(await loadImportView(t.knex, tenant, id, clock.now())).toMatchObject({ status: 'failed', error: 'import.unknown-column: Unknown column(s): onhand', doneRows: 0 });
    expect(await runImport(deps(), { tenantId: tenant, importId: id })).toEqual({ status: 'failed' });
  });
});
