import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replaceLines, withLines } from '../../../server/src/orders/actions/order-lines.js';
import { Client, seedTenant } from '../http/support/harness.js';
import { review } from './definitions.js';
import { order, publish, startWorld, type World } from './support.js';

/**
 * The console list's search paths of 0018: SKU through the lines' copy of the order time, free text as one prefix
 * walk per column merged. A second tenant holds look-alike orders (same SKUs, emails, prefixes) and is never seen.
 */
let w: World;
let ops: Client;
const made: Array<{ id: string; number: string }> = [];
const other: string[] = [];

const START = Date.parse('2030-01-01T00:00:00Z');
const minute = (i: number) => new Date(START + i * 60_000).toISOString();

/** 16 orders one minute apart; even ones carry SKU-X (orders 4 and 10 twice), every third is held (no address). */
function spec(i: number, tag: string) {
  const lines = [{ sku: i % 2 === 0 ? 'SKU-X' : 'SKU-Y', qty: 1, unitPrice: 3 }];
  if (i === 4 || i === 10) lines.push({ sku: 'SKU-X', qty: 2, unitPrice: 3 });
  return order({
    externalId: `${tag}-${100 + i}`,
    customer: i === 13 ? { email: 'zed.only@shop.test', name: 'Mr Nobody' } : { email: `buyer${i % 3}@shop.test`, name: `Buyer ${i % 3}` },
    lines,
    ...(i % 3 === 0 ? { shipTo: { city: 'Berlin' } } : {}),
  });
}

beforeAll(async () => {
  w = await startWorld();
  await publish(w.admin, [review()]);
  const api = await w.key('shop');
  ops = await Client.login(w.t.base, 'operator@acme.test', 'acme');
  // The look-alike tenant, written through its own key into the same database, between ours in time.
  await seedTenant(w.t.db, 'beta');
  const betaAdmin = await Client.login(w.t.base, 'admin@beta.test', 'beta');
  await publish(betaAdmin, [review()]);
  const beta = Client.withKey(w.t.base, (await betaAdmin.post('/api/api-keys', { name: 'shop', role: 'operator' })).body.key);
  for (let i = 0; i < 16; i++) {
    const r = await api.request('POST', '/api/orders', { body: spec(i, 'EXT'), headers: { 'idempotency-key': `s-${i}` } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    made.push(r.body);
    const b = await beta.request('POST', '/api/orders', { body: spec(i, 'EXT'), headers: { 'idempotency-key': `b-${i}` } });
    expect(b.status, JSON.stringify(b.body)).toBe(201);
    other.push(b.body.id);
    w.t.clock.advance(60_000);
  }
});
afterAll(() => w?.t.close());

async function walk(qs: string, limit: number) {
  const seen: string[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 20; pages++) {
    const r = await ops.get(`/api/orders?${qs}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    seen.push(...r.body.items.map((o: { id: string }) => o.id));
    cursor = r.body.nextCursor;
    if (!cursor) return seen;
  }
  throw new Error('more than 20 pages');
}
const ids = (idx: number[]) => [...idx].sort((a, b) => b - a).map((i) => made[i].id);
const where = (f: (i: number) => boolean) => [...Array(16).keys()].filter(f);

describe('SKU filter (lines carry the order time)', () => {
  it.each([1, 2, 3, 50])('SKU + status + date range pages exactly, an order with the SKU twice once (limit %i)', async (limit) => {
    const expected = where((i) => i % 2 === 0 && i % 3 === 0 && i >= 2 && i < 14);
    expect(await walk(`sku=SKU-X&status=on-hold&from=${minute(2)}&to=${minute(14)}`, limit)).toEqual(ids(expected));
    expect(await walk(`sku=SKU-X&from=${minute(2)}&to=${minute(14)}`, limit)).toEqual(ids(where((i) => i % 2 === 0 && i >= 2 && i < 14)));
    expect(await walk('sku=SKU-X', limit)).toEqual(ids(where((i) => i % 2 === 0)));
  });

  it('lines rewritten by replaceLines are found by their new SKU, and no longer by the old one', async () => {
    const id = made[1].id;
    await w.t.db.transaction(async (trx) => {
      const row = await trx('orders').where({ tenant_id: w.tenantId, id }).first('body');
      await replaceLines(trx, w.tenantId, id, withLines(row.body, [{ id: 'line-1', sku: 'SKU-NEW', qty: 1, unitPrice: 3 }], true), new Date(START));
    });
    expect(await walk('sku=SKU-NEW', 5)).toEqual([id]);
    expect(await walk('sku=SKU-Y', 5)).toEqual(ids(where((i) => i % 2 === 1 && i !== 1)));
    const [line] = await w.t.db('order_lines as l').join('orders as o', (j) => j.on('o.tenant_id', 'l.tenant_id').andOn('o.id', 'l.order_id'))
      .where({ 'l.tenant_id': w.tenantId, 'l.order_id': id }).select('l.order_created_at', 'o.created_at');
    expect(line.order_created_at).toEqual(line.created_at);
  });

  it('the copy of the order time cannot drift: a wrong one is refused, a changed order time follows', async () => {
    const id = made[2].id;
    const { created_at: was } = await w.t.db('orders').where({ tenant_id: w.tenantId, id }).first('created_at');
    const wrong = w.t.db('order_lines').insert({ tenant_id: w.tenantId, order_id: id, line_id: 'extra', position: 9, sku: 'SKU-Z', qty: 1, order_created_at: new Date(START - 1) });
    await expect(wrong).rejects.toMatchObject({ code: '23503' });
    await w.t.db('orders').where({ tenant_id: w.tenantId, id }).update({ created_at: new Date(START - 3_600_000) });
    expect(await walk(`sku=SKU-X&to=${minute(0)}`, 5)).toEqual([id]);
    expect((await walk('sku=SKU-X', 50)).at(-1)).toBe(id);
    await w.t.db('orders').where({ tenant_id: w.tenantId, id }).update({ created_at: was });
    expect(await walk(`sku=SKU-X&to=${minute(0)}`, 5)).toEqual([]);
  });
});

describe('free text (one prefix walk per column, merged)', () => {
  it.each([
    ['an email only', 'zed.only@', [13]],
    ['an email prefix, case-insensitive', 'ZED', [13]],
    ['a name only', 'mr nob', [13]],
    ['an external id', 'ext-10', where((i) => i < 10)],
    ['a name shared by many', 'buyer 1', where((i) => i !== 13 && i % 3 === 1)],
    ['an email shared by many, with a status', 'buyer0@', where((i) => i % 3 === 0)],
    ['a wildcard typed by the user matches literally', 'buyer_', []],
  ])('%s', async (_what, q, idx) => {
    const extra = q === 'buyer0@' ? '&status=on-hold' : '';
    for (const limit of [1, 4, 50]) expect(await walk(`q=${encodeURIComponent(q)}${extra}`, limit)).toEqual(ids(idx as number[]));
  });

  it('an order matching several columns is listed once', async () => {
    // Number and external id both start with what we type once the external id is the order number itself.
    await w.t.db('orders').where({ tenant_id: w.tenantId, id: made[6].id }).update({ external_id: made[6].number });
    expect(await walk(`q=${made[6].number}`, 1)).toEqual([made[6].id]);
  });

  it('the other tenant is never seen, whatever the filter', async () => {
    const every = await walk('sku=SKU-X', 200).then(async (a) => [
      ...a, ...(await walk('q=buyer', 200)), ...(await walk('q=ext', 200)), ...(await walk('status=received', 200)), ...(await walk('customer=buyer1@shop.test', 200)),
    ]);
    expect(every.length).toBeGreaterThan(16);
    expect(every.filter((id) => other.includes(id))).toEqual([]);
  });
});
