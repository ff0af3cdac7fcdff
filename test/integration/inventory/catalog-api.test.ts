import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assertConservation } from '../../support/conservation.js';
import { Client, seedTenant, startTestApp, type TestApp } from '../http/support/harness.js';

let t: TestApp;
let admin: Client;
let operator: Client;
let analyst: Client;
beforeAll(async () => {
  t = await startTestApp();
  await seedTenant(t.db, 'cat');
  [admin, operator, analyst] = await Promise.all(['admin', 'operator', 'analyst'].map((r) => Client.login(t.base, `${r}@cat.test`, 'cat')));
});
afterEach(() => assertConservation(t.db));
afterAll(() => t.close());

const err = (r: { status: number; body: any }) => [r.status, r.body?.error?.code, r.body?.error?.path];

describe('products', () => {
  it('create, read, list with filters and keyset paging, patch, delete', async () => {
    for (let i = 1; i <= 5; i++) {
      const r = await operator.post('/api/products', { sku: `P-${i}`, name: `Product ${i}`, tags: i % 2 ? ['cold-chain'] : [], weightKg: i / 2, attributes: { i } });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    }
    expect((await operator.get('/api/products/P-3')).body).toMatchObject({ sku: 'P-3', name: 'Product 3', tags: ['cold-chain'], weightKg: 1.5, attributes: { i: 3 }, active: true });
    const p1 = await analyst.get('/api/products?limit=2');
    expect([p1.body.items.map((p: any) => p.sku), p1.body.nextCursor]).toEqual([['P-1', 'P-2'], 'P-2']);
    const p2 = await analyst.get(`/api/products?limit=2&after=${p1.body.nextCursor}`);
    expect(p2.body.items.map((p: any) => p.sku)).toEqual(['P-3', 'P-4']);
    expect((await analyst.get('/api/products?tag=cold-chain')).body.items.map((p: any) => p.sku)).toEqual(['P-1', 'P-3', 'P-5']);
    expect((await analyst.get('/api/products?q=uct%205')).body.items.map((p: any) => p.sku)).toEqual(['P-5']);
    expect((await analyst.get('/api/products?q=%25')).body.items).toEqual([]);
    const patched = await operator.request('PATCH', '/api/products/P-2', { body: { name: 'Two', active: false } });
    expect(patched.body).toMatchObject({ sku: 'P-2', name: 'Two', active: false });
    expect((await analyst.get('/api/products?active=false')).body.items.map((p: any) => p.sku)).toEqual(['P-2']);
    expect((await operator.request('DELETE', '/api/products/P-5')).status).toBe(204);
    expect(err(await operator.get('/api/products/P-5'))).toEqual([404, 'not-found', undefined]);
  });

  it.each([
    [{ sku: 'P-1', name: 'again' }, 409, 'product.exists', '/sku'],
    [{ sku: 'bad sku', name: 'x' }, 400, 'request.invalid', '/sku'],
    [{ sku: 'P-9', name: 'x', tags: ['Not Kebab'] }, 400, 'request.invalid', '/tags/0'],
    [{ sku: 'P-9', name: 'x', weightKg: -1 }, 400, 'request.invalid', '/weightKg'],
    [{ sku: 'P-9' }, 400, 'request.invalid', '/name'],
    [{ sku: 'P-9', name: 'x', colour: 'red' }, 400, 'request.unknown-field', '/colour'],
  ])('refuses %j', async (body, status, code, path) => {
    expect(err(await operator.post('/api/products', body))).toEqual([status, code, path]);
  });

  it('a product with stock cannot be deleted (409), only deactivated', async () => {
    await admin.post('/api/locations', { id: 'dc-1', name: 'DC 1', type: 'warehouse' });
    expect((await operator.post('/api/stock/adjustments', { location: 'dc-1', sku: 'P-1', set: 4, reason: 'count' })).status).toBe(200);
    expect(err(await operator.request('DELETE', '/api/products/P-1'))).toEqual([409, 'product.in-use', undefined]);
  });
});

describe('locations and channels', () => {
  it('admin writes, operators and analysts read, filters by type and tag', async () => {
    const body = { id: 'store-9', name: 'Store 9', type: 'store', lat: 31.2, lon: 121.5, tags: ['pickup'], priority: 3, dailyCapacity: 40, openHours: { sat: [{ open: '10:00', close: '22:00' }] } };
    expect(err(await operator.post('/api/locations', body))).toEqual([403, 'auth.forbidden', undefined]);
    const r = await admin.post('/api/locations', body);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject(body);
    expect((await analyst.get('/api/locations?type=store')).body.items.map((l: any) => l.id)).toEqual(['store-9']);
    expect((await operator.get('/api/locations?tag=pickup')).body.items.map((l: any) => l.id)).toEqual(['store-9']);
    expect(err(await admin.post('/api/locations', { ...body, id: 'x', lat: 91 }))).toEqual([400, 'request.invalid', '/lat']);
    expect(err(await admin.post('/api/locations', { ...body, id: 'y', openHours: { mon: [{ open: '9:00', close: '18:00' }] } }))).toEqual([
      400,
      'request.invalid',
      '/openHours/mon/0/open',
    ]);
    const ch = await admin.post('/api/channels', { id: 'tmall', name: 'Tmall', type: 'marketplace' });
    expect(ch.body).toMatchObject({ id: 'tmall', name: 'Tmall', type: 'marketplace', active: true });
    expect((await analyst.get('/api/channels?type=marketplace')).body.items.map((c: any) => c.id)).toEqual(['tmall']);
  });
});

describe('settings', () => {
  it('reads defaults and validates time zone and currency', async () => {
    expect((await analyst.get('/api/settings')).body).toEqual({ timeZone: 'UTC', currency: 'EUR', language: 'en' });
    expect(err(await admin.request('PUT', '/api/settings', { body: { timeZone: 'Mars/Base' } }))).toEqual([400, 'settings.invalid-time-zone', '/timeZone']);
    expect(err(await admin.request('PUT', '/api/settings', { body: { currency: 'eur' } }))).toEqual([400, 'request.invalid', '/currency']);
    expect(err(await admin.request('PUT', '/api/settings', { body: { language: 'fr' } }))).toEqual([400, 'request.invalid', '/language']);
    const r = await admin.request('PUT', '/api/settings', { body: { timeZone: 'Asia/Shanghai', language: 'zh-CN' } });
    expect(r.body).toEqual({ timeZone: 'Asia/Shanghai', currency: 'EUR', language: 'zh-CN' });
    expect(err(await operator.request('PUT', '/api/settings', { body: { currency: 'USD' } }))).toEqual([403, 'auth.forbidden', undefined]);
  });
});

describe('stock API', () => {
  it('adjusts with a reason, lists levels and the ledger with filters and paging', async () => {
    await operator.post('/api/stock/adjustments', { location: 'dc-1', sku: 'P-2', set: 10, reason: 'count' });
    await operator.post('/api/stock/adjustments', { location: 'dc-1', sku: 'P-2', bucket: 'safety', delta: 3, reason: 'buffer' });
    const damaged = await operator.post('/api/stock/adjustments', { location: 'dc-1', sku: 'P-2', bucket: 'damaged', delta: 1, reason: 'dropped' });
    expect(damaged.body).toMatchObject({ location: 'dc-1', sku: 'P-2', onHand: 10, safety: 3, damaged: 1, reserved: 0, available: 7 });
    expect((await analyst.get('/api/stock?sku=P-2')).body.items).toHaveLength(1);
    const page = await analyst.get('/api/stock?location=dc-1&limit=1');
    expect([page.body.items[0].sku, page.body.nextCursor]).toEqual(['P-1', 'dc-1|P-1']);
    expect((await analyst.get(`/api/stock?location=dc-1&after=${encodeURIComponent(page.body.nextCursor)}`)).body.items.map((l: any) => l.sku)).toEqual(['P-2']);
    const moves = await analyst.get('/api/stock/movements?sku=P-2&limit=2');
    expect(moves.body.items.map((m: any) => [m.bucket, m.delta, m.reason])).toEqual([
      ['damaged', 1, 'dropped'],
      ['safety', 3, 'buffer'],
    ]);
    const older = await analyst.get(`/api/stock/movements?sku=P-2&before=${moves.body.nextCursor}`);
    expect(older.body.items.map((m: any) => [m.bucket, m.delta])).toEqual([['on_hand', 10]]);
    expect((await analyst.get('/api/stock/movements?bucket=safety')).body.items).toHaveLength(1);
  });

  it.each([
    [{ location: 'dc-1', sku: 'P-2', delta: 1, set: 3, reason: 'x' }, 400, 'stock.delta-or-set', '/delta'],
    [{ location: 'dc-1', sku: 'P-2', delta: -100, reason: 'x' }, 409, 'stock.negative', '/delta'],
    [{ location: 'dc-1', sku: 'P-404', delta: 1, reason: 'x' }, 422, 'stock.unknown-sku', '/sku'],
    [{ location: 'dc-1', sku: 'P-2', bucket: 'reserved', delta: 1, reason: 'x' }, 400, 'request.invalid', '/bucket'],
    [{ location: 'dc-1', sku: 'P-2', delta: 0, reason: 'x' }, 400, 'request.invalid', '/delta'],
    [{ location: 'dc-1', sku: 'P-2', delta: 1 }, 400, 'request.invalid', '/reason'],
  ])('refuses adjustment %j', async (body, status, code, path) => {
    expect(err(await operator.post('/api/stock/adjustments', body))).toEqual([status, code, path]);
  });

  it('the movements ledger is append-only', async () => {
    await expect(t.db('stock_movements').update({ delta: 99 })).rejects.toThrow(/append-only/);
    await expect(t.db('stock_movements').delete()).rejects.toThrow(/append-only/);
  });
});
