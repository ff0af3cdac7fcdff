import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assertConservation } from '../../support/conservation.js';
import { startWorker, type AppWorker } from '../../../server/src/jobs/worker.js';
import { Client, seedTenant, startTestApp, type TestApp } from '../http/support/harness.js';

let t: TestApp;
let worker: AppWorker;
let admin: Client;
let operator: Client;
beforeAll(async () => {
  t = await startTestApp();
  worker = await startWorker(t.app.deps, { concurrency: 1, pollIntervalMs: 50, cron: false }); // imports run as jobs
  await seedTenant(t.db, 'imp');
  [admin, operator] = await Promise.all(['admin', 'operator'].map((r) => Client.login(t.base, `${r}@imp.test`, 'imp')));
});
afterEach(() => assertConservation(t.db));
afterAll(async () => {
  await worker.stop();
  await t.close();
});

const upload = (c: Client, type: string, csv: string, contentType = 'text/csv') =>
  c.request('POST', `/api/imports?type=${type}&fileName=${type}.csv`, { raw: csv, headers: { 'content-type': contentType } });

/** The import runs as a job after the reply: poll its progress (bounded) until it is finished. */
async function finished(c: Client, id: string) {
  for (let i = 0; i < 2000; i++) {
    const r = await c.get(`/api/imports/${id}`);
    if (r.body.status === 'done' || r.body.status === 'failed') return r.body;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`import ${id} did not finish`);
}

describe('CSV imports over HTTP', () => {
  it('locations (admin only), products and stock, with bad rows reported and downloadable', async () => {
    const locations = ['id,name,type,lat,lon,tags,priority,daily_capacity', 'dc-north,North DC,warehouse,59.3,18.1,cold-chain;bulky,5,800', 'shop-1,"Shop, Main St",store,59.33,18.06,,1,', 'Bad Id,x,store,,,,,', 'dc-south,South DC,3pl,91,0,,0,'].join('\n');
    expect((await upload(operator, 'locations', locations)).body.error.code).toBe('auth.forbidden');
    const loc = await upload(admin, 'locations', locations);
    expect([loc.status, loc.headers.get('location')]).toEqual([202, `/api/imports/${loc.body.id}`]);
    const lv = await finished(admin, loc.body.id);
    expect(lv).toMatchObject({ type: 'locations', status: 'done', fileName: 'locations.csv', totalRows: 4, doneRows: 4, okRows: 2, badRows: 2 });
    expect(lv.errors.map((e: any) => [e.line, e.code, e.field])).toEqual([
      [4, 'import.invalid', 'id'],
      [5, 'import.out-of-range', 'lat'],
    ]);
    expect((await admin.get('/api/locations/dc-north')).body).toMatchObject({ type: 'warehouse', lat: 59.3, tags: ['cold-chain', 'bulky'], priority: 5, dailyCapacity: 800 });
    expect((await admin.get('/api/locations/shop-1')).body).toMatchObject({ name: 'Shop, Main St', dailyCapacity: null });

    const products = ['sku,name,tags,weight_kg,unit_price,active', 'MILK-1,Milk 1L,cold-chain,1.03,1.99,true', 'BOX-9,Box,,0.2,,', 'BAD,Bad,,heavy,,', '"MULTI-1","Two', 'lines",,,,'].join('\n');
    const pv = await finished(operator, (await upload(operator, 'products', products)).body.id);
    expect(pv).toMatchObject({ status: 'done', okRows: 3, badRows: 1 });
    expect(pv.errors).toEqual([{ line: 4, code: 'import.not-number', field: 'weight_kg', message: 'weight_kg "heavy" is not a number' }]);
    expect((await operator.get('/api/products/MILK-1')).body).toMatchObject({ name: 'Milk 1L', tags: ['cold-chain'], weightKg: 1.03, unitPrice: 1.99, active: true });
    expect((await operator.get('/api/products/MULTI-1')).body.name).toBe('Two\nlines');
    // A second file with fewer columns changes only those columns.
    await finished(operator, (await upload(operator, 'products', 'sku,name\nMILK-1,Milk 1 litre\n')).body.id);
    expect((await operator.get('/api/products/MILK-1')).body).toMatchObject({ name: 'Milk 1 litre', tags: ['cold-chain'], weightKg: 1.03 });

    const stock = ['location,sku,on_hand,safety,incoming,damaged', 'dc-north,MILK-1,40,5,10,1', 'dc-north,NOPE,1,,,', 'shop-1,BOX-9,3,,,', 'shop-1,BOX-9,7,,,', 'dc-north,BOX-9,=1+1,,,'].join('\n');
    const sv = await finished(operator, (await upload(operator, 'stock', stock)).body.id);
    expect(sv).toMatchObject({ status: 'done', doneRows: 5, okRows: 3, badRows: 2 });
    const levels = (await operator.get('/api/stock')).body.items.map((l: any) => [l.location, l.sku, l.onHand, l.safety, l.incoming, l.damaged, l.available]);
    expect(levels).toEqual([
      ['dc-north', 'MILK-1', 40, 5, 10, 1, 35],
      ['shop-1', 'BOX-9', 7, 0, 0, 0, 7],
    ]);
    const csv = await operator.get(`/api/imports/${sv.id}/errors.csv`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.body).toBe(
      'line,code,field,message\n3,import.unknown-sku,sku,No product NOPE\n6,import.not-integer,on_hand,"on_hand ""=1+1"" is not an integer"\n',
    );
  });

  it.each([
    ['application/json', '{"a":1}', 415, 'request.unsupported-media-type'],
    ['text/csv', '', 400, 'import.empty'],
  ])('refuses a %s body %j', async (type, body, status, code) => {
    const r = await upload(operator, 'stock', body, type);
    expect([r.status, r.body.error.code]).toEqual([status, code]);
  });

  it('refuses a missing or unknown type, and answers 404 for an unknown import', async () => {
    const r = await operator.request('POST', '/api/imports', { raw: 'sku,name\n', headers: { 'content-type': 'text/csv' } });
    expect([r.status, r.body.error.code, r.body.error.path]).toEqual([400, 'request.invalid', '/type']);
    expect((await upload(operator, 'orders', 'a\n')).body.error.path).toBe('/type');
    expect((await operator.get('/api/imports/00000000-0000-7000-8000-000000000000')).status).toBe(404);
  });

  it('a file with a bad header fails as a whole', async () => {
    const v = await finished(operator, (await upload(operator, 'stock', 'sku,on_hand\nA,1\n')).body.id);
    expect(v).toMatchObject({ status: 'failed', error: 'import.missing-column: Missing column(s): location', doneRows: 0 });
  });
});
