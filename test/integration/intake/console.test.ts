import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adjustStock } from '../../../server/src/inventory/stock-adjust.js';
import { reserveLines } from '../../../server/src/inventory/stock-service.js';
import { SYSTEM_ACTOR } from '../../../server/src/orders/timeline.js';
import { Client } from '../http/support/harness.js';
import { review } from './definitions.js';
import { order, publish, startWorld, type World } from './support.js';

let w: World;
let api: Client;
let ops: Client;
const made: Array<{ id: string; number: string; channel: string }> = [];

/** 12 orders over 3 channels, 2 customers, 2 SKUs; one held, one rejected; one minute apart. */
beforeAll(async () => {
  w = await startWorld();
  await publish(w.admin, [review()]);
  api = await w.key('shop');
  ops = await Client.login(w.t.base, 'operator@acme.test', 'acme');
  for (let i = 0; i < 12; i++) {
    const over: Record<string, unknown> = {
      channel: ['web', 'shop', 'b2b'][i % 3],
      externalId: `EXT-${100 + i}`,
      customer: i % 2 ? { email: 'bob@example.com', name: 'Bob Stone' } : { email: 'ann@example.com', name: 'Ann Lee', id: 'C-ANN' },
      lines: [{ sku: i % 4 === 0 ? 'SKU-RED' : 'SKU-BLUE', qty: 1, unitPrice: 10 }],
    };
    if (i === 5) over.shipTo = { city: 'Berlin' };
    if (i === 7) over.customer = { email: 'evil@example.com', tags: ['blacklisted'] };
    const r = await api.request('POST', '/api/orders', { body: order(over), headers: { 'idempotency-key': `c-${i}` } });
    expect(r.status).toBe(201);
    made.push(r.body);
    w.t.clock.advance(60_000);
  }
  // One reservation at a location, through the real stock service.
  await w.t.db('locations').insert({ tenant_id: w.tenantId, id: 'berlin', name: 'Berlin', type: 'warehouse' });
  await w.t.db('products').insert({ tenant_id: w.tenantId, sku: 'SKU-BLUE', name: 'Blue' });
  await w.t.db.transaction(async (trx) => {
    await adjustStock(trx, { tenantId: w.tenantId, location: 'berlin', sku: 'SKU-BLUE', set: 10, reason: 'count', actor: SYSTEM_ACTOR });
    const ok = await reserveLines(trx, { tenantId: w.tenantId, ref: 'r-1', orderId: made[1].id, lines: [{ location: 'berlin', sku: 'SKU-BLUE', qty: 1 }], actor: SYSTEM_ACTOR });
    expect(ok).toEqual({ ok: true });
  });
});
afterAll(() => w?.t.close());

const numbers = async (qs: string) => {
  const r = await ops.get(`/api/orders${qs}`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body.items.map((o: { number: string }) => o.number);
};
const nums = (idx: number[]) => idx.map((i) => made[i].number);
const newestFirst = (idx: number[]) => nums([...idx].sort((a, b) => b - a));

describe('GET /api/orders filters', () => {
  it.each([
    ['', [...Array(12).keys()]],
    ['?status=on-hold', [5]],
    ['?status=rejected,on-hold', [5, 7]],
    ['?channel=b2b', [2, 5, 8, 11]],
    ['?channel=b2b&status=received', [2, 8, 11]],
    ['?sku=SKU-RED', [0, 4, 8]],
    ['?customer=BOB@example.com', [1, 3, 5, 9, 11]],
    ['?customer=C-ANN', [0, 2, 4, 6, 8, 10]],
    ['?location=berlin', [1]],
    ['?q=ext-10', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]],
    ['?q=bob', [1, 3, 5, 9, 11]],
    ['?q=evil', [7]],
    ['?q=100%25', []],
    ['?from=2030-01-01T00:03:00Z&to=2030-01-01T00:06:00Z', [3, 4, 5]],
  ])('%s', async (qs, idx) => {
    const expected = newestFirst(idx as number[]);
    expect(await numbers(qs)).toEqual(expected);
  });

  it('free text matches the order number prefix', async () => {
    expect(await numbers(`?q=${made[10].number}`)).toEqual([made[10].number]);
  });

  it('bad filters are 400 with the query path', async () => {
    const r = await ops.get('/api/orders?limit=0');
    expect([r.status, r.body.error.code, r.body.error.path]).toEqual([400, 'request.invalid', '/limit']);
    const c = await ops.get('/api/orders?cursor=garbage');
    expect([c.status, c.body.error.path]).toEqual([400, '/cursor']);
    const u = await ops.get('/api/orders?colour=red');
    expect([u.status, u.body.error.code]).toEqual([400, 'request.unknown-field']);
  });
});

describe('keyset pagination', () => {
  it('pages of 5 walk every order once, newest first, with filters kept', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const r: { body: { items: Array<{ number: string }>; nextCursor: string | null } } = await ops.get(`/api/orders?limit=5${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...r.body.items.map((o) => o.number));
      cursor = r.body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual(newestFirst([...Array(12).keys()]));
    const first = await ops.get('/api/orders?channel=web&limit=2');
    const second = await ops.get(`/api/orders?channel=web&limit=2&cursor=${first.body.nextCursor}`);
    expect([...first.body.items, ...second.body.items].map((o: { number: string }) => o.number)).toEqual(newestFirst([0, 3, 6, 9]));
    expect(second.body.nextCursor).toBeNull();
  });

  it('orders created in the same microsecond still page by id', async () => {
    await w.t.db('orders').where({ tenant_id: w.tenantId }).whereIn('id', [made[0].id, made[1].id]).update({ created_at: new Date('2029-12-31T00:00:00Z') });
    const a = await ops.get('/api/orders?to=2030-01-01T00:00:00Z&limit=1');
    const b = await ops.get(`/api/orders?to=2030-01-01T00:00:00Z&limit=1&cursor=${a.body.nextCursor}`);
    expect(new Set([a.body.items[0].id, b.body.items[0].id])).toEqual(new Set([made[0].id, made[1].id]));
    expect(b.body.nextCursor).toBeNull();
  });
});

describe('GET /api/orders/:id', () => {
  it('lines, review, reservations, timeline, pinned versions; another tenant’s id is 404', async () => {
    const r = await ops.get(`/api/orders/${made[1].id}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      number: made[1].number,
      status: 'received',
      lines: [{ id: 'line-1', sku: 'SKU-BLUE', qty: 1, unitPrice: 10 }],
      review: { decision: 'pass' },
      reservations: [{ ref: 'r-1', location: 'berlin', sku: 'SKU-BLUE', qty: 1, status: 'open' }],
      pinned: { review: { key: 'intake-review', version: 1 } },
      tasks: [],
      flows: [],
    });
    expect(r.body.timeline.map((e: { type: string }) => e.type)).toEqual(['order-received', 'order-reviewed', 'flow-not-started']);
    const held = await ops.get(`/api/orders/${made[5].id}`);
    expect(held.body).toMatchObject({ status: 'on-hold', holdReason: 'review.address-incomplete' });
    expect((await ops.get('/api/orders/00000000-0000-7000-8000-000000000000')).status).toBe(404);
    // a malformed id is refused before SQL (400 with the path), a well-formed unknown one is 404
    expect((await ops.get('/api/orders/not-a-uuid')).status).toBe(400);
  });

  it('approvers and customers may not read the console', async () => {
    const c = await Client.login(w.t.base, 'customer@acme.test', 'acme');
    expect((await c.get('/api/orders')).status).toBe(403);
  });
});
