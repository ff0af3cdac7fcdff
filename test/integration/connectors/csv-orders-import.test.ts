import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { fixedClock } from '../../../runtime/src/core/ports.js';
import { intakeMapped } from '../../../server/src/imports/order-import-intake.js';
import { runImport } from '../../../server/src/imports/run-import.js';
import { createTestDb, type TestDb } from '../../support/test-db.js';
import { errorLinesOf, generateOrdersCsv, importedOrders, importWithCrash, pollImport, startScenario, upload, type Scenario } from './csv-orders-scenario.js';

// The in-suite size; the 100,000-row run is `npm run bench csv-orders` (test/bench/csv-orders-bench.ts).
const ROWS = 4_000;

let t: TestDb;
let s: Scenario;
beforeAll(async () => {
  t = await createTestDb();
  s = await startScenario(t.knex, t.url, 'csvimp');
}, 120_000);
afterAll(async () => {
  await s?.close();
  await t?.drop();
});

describe('CSV order import through the csv-orders plugin and a real worker', () => {
  it(`${ROWS} rows: progress moves, exact orders, bad lines listed, a worker killed mid-import resumes with no duplicates`, async () => {
    const gen = generateOrdersCsv(ROWS, 97);
    const { done, seen, errorsCsv: csv, imported, seconds, ordersAtCrash } = await importWithCrash(s, gen);
    console.log(`csv order import: ${ROWS} rows, ${gen.orders.size} orders in ${seconds.toFixed(1)} s (${Math.round(ROWS / seconds)} rows/s); orders at the crash: ${ordersAtCrash}`);

    expect(done).toMatchObject({ status: 'done', totalRows: ROWS, doneRows: ROWS, okRows: ROWS - gen.badLines.length, badRows: gen.badLines.length });
    expect(seen.length).toBeGreaterThanOrEqual(4); // several distinct counts on the way
    expect([...seen].sort((a, b) => a - b)).toEqual(seen); // never backwards, across the crash too
    expect(errorLinesOf(csv)).toEqual(gen.badLines);
    const qtyErrors = csv.split('\n').filter((l) => l.includes('csv-orders.not-integer'));
    expect(qtyErrors.length).toBe(gen.badOrders); // one per bad order…
    expect(qtyErrors.every((l) => l.includes(',Qty,'))).toBe(true); // …naming its column
    expect(imported).toEqual(gen.orders); // every order once, all its lines, none split

    // The same file again: a new import, every order a duplicate of the first run's, nothing created.
    const again = await upload(s.admin, gen.csv);
    const second = await pollImport(s.admin, again.body.id, (p) => p.status === 'done');
    expect(second).toMatchObject({ status: 'done', doneRows: ROWS, badRows: gen.badLines.length });
    expect((await importedOrders(t.knex, s.tenantId)).size).toBe(gen.orders.size);
  }, 900_000);

  const deps = () => ({ db: t.knex, clock: fixedClock('2030-01-01T00:00:00Z'), logger: pino({ level: 'silent' }), pluginHost: s.host });
  const newImport = async (content: string) => {
    const id = uuidv7();
    await t.knex('imports').insert({ tenant_id: s.tenantId, id, type: 'orders', content });
    return id;
  };

  it('tiny batches never split an order: each order is carried whole into the batch where it ends', async () => {
    const csv = ['订单号,商品编码,数量', 'T-1,A,1', 'T-1,B,1', 'T-1,C,1', 'T-2,A,2', 'T-3,A,1', 'T-3,B,1', 'T-3,C,1', 'T-3,D,1', 'T-3,E,1', 'T-4,A,1', ''].join('\n');
    const id = await newImport(csv);
    expect(await runImport(deps(), { tenantId: s.tenantId, importId: id }, { batchSize: 2 })).toEqual({ status: 'done' });
    const made = await importedOrders(t.knex, s.tenantId);
    expect([made.get('T-1'), made.get('T-2'), made.get('T-3'), made.get('T-4')]).toEqual([3, 1, 5, 1]);
    expect(await t.knex('imports').where({ tenant_id: s.tenantId, id }).first('done_rows', 'ok_rows', 'bad_rows', 'cursor_line')).toEqual({ done_rows: 10, ok_rows: 10, bad_rows: 0, cursor_line: 11 });
  });

  it('a header the plugin cannot map fails the import with its code; a tenant without the plugin gets 409', async () => {
    const id = await newImport('order id,amount\nA,1\n');
    expect(await runImport(deps(), { tenantId: s.tenantId, importId: id })).toEqual({ status: 'failed' });
    const row = await t.knex('imports').where({ tenant_id: s.tenantId, id }).first('error');
    expect(row.error).toMatch(/^csv-orders\.missing-column: No column for sku, qty/);
    const inst = await s.admin.get('/api/installations');
    const mine = inst.body.items.find((i: { pluginId: string }) => i.pluginId === 'csv-orders');
    await s.admin.request('PATCH', `/api/installations/${mine.id}`, { body: { enabled: false } });
    const refused = await upload(s.admin, 'order id,sku,qty\nA,B,1\n');
    expect([refused.status, refused.body.error.code]).toEqual([409, 'import.no-csv-orders']);
    await s.admin.request('PATCH', `/api/installations/${mine.id}`, { body: { enabled: true } });
  });

  it('an order intake refuses is reported on the line its bad field came from, its other lines pointing there', async () => {
    const actor = { userId: null, label: 'import:test' };
    const order = { channel: 'csv-orders', externalId: 'BAD-1', lines: [{ id: 'L1', sku: 'A', qty: 1 }, { id: 'L2', sku: 'B', qty: 1, unitPrice: -1 }] };
    const errors = await intakeMapped(deps(), { tenantId: s.tenantId, actor, orders: [{ line: 40, order, lines: [40, 41] }] });
    expect(errors.map((e) => [e.line, e.code])).toEqual([[40, 'order.invalid'], [41, 'order.invalid']]);
    expect(errors[1].message).toMatch(/\/lines\/1\/unitPrice/);
    expect(errors[0].message).toBe('Order BAD-1 not imported: see line 41');
  });
});
