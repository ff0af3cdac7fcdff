import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../server/src/users/users.js';
import { Client, PASSWORD } from '../http/support/harness.js';
import { approvalFlow, quickForm } from '../intake/definitions.js';
import { publish, startWorld, type World } from '../intake/support.js';

let w: World;
let ann: Client;
let bob: Client;
let ops: Client;
const submit = (c: Client, sku: string, qty: number, key: string) =>
  c.request('POST', '/api/forms/quick-order/submit', {
    body: { data: { email: 'a@example.com', street: '1 Main St', items: [{ sku, qty, unitPrice: 10 }] } },
    headers: { 'idempotency-key': key },
  });

beforeAll(async () => {
  w = await startWorld();
  await publish(w.admin, [approvalFlow(), quickForm()]);
  await createUser(w.t.db, { tenantId: w.tenantId, email: 'bob@acme.test', name: 'Bob', role: 'customer', password: PASSWORD });
  ann = await Client.login(w.t.base, 'customer@acme.test', 'acme');
  bob = await Client.login(w.t.base, 'bob@acme.test', 'acme');
  ops = await Client.login(w.t.base, 'operator@acme.test', 'acme');
  await w.t.db('products').insert([
    { tenant_id: w.tenantId, sku: 'SKU-RED', name: 'Red mug', unit_price: 12.5 },
    { tenant_id: w.tenantId, sku: 'SKU-BLUE', name: 'Blue mug', unit_price: 11 },
    { tenant_id: w.tenantId, sku: 'OLD-1', name: 'Retired', active: false },
  ]);
});
afterAll(() => w?.t.close());

describe('GET /api/my/orders', () => {
  it('lists only the orders the caller submitted, newest first, and shows their detail', async () => {
    const a1 = await submit(ann, 'SKU-RED', 1, 'ann-1');
    w.t.clock.advance(1000);
    const a2 = await submit(ann, 'SKU-BLUE', 2, 'ann-2');
    const b1 = await submit(bob, 'SKU-RED', 3, 'bob-1');
    expect([a1.status, a2.status, b1.status]).toEqual([201, 201, 201]);

    const mine = await ann.get('/api/my/orders');
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((o: { number: string }) => o.number)).toEqual([a2.body.number, a1.body.number]);
    expect((await bob.get('/api/my/orders')).body.items.map((o: { id: string }) => o.id)).toEqual([b1.body.id]);
    expect((await ops.get('/api/my/orders')).body.items).toEqual([]);

    const d = await ann.get(`/api/my/orders/${a2.body.id}`);
    expect(d.status).toBe(200);
    expect(d.body).toMatchObject({ number: a2.body.number, form: { key: 'quick-order' }, lines: [{ sku: 'SKU-BLUE', qty: 2 }], shipments: [] });
    // The approval flow starts in the background; the order is either received or awaiting approval by now.
    expect(['received', 'awaiting-approval']).toContain(d.body.status);
  });

  it('answers 404 for someone else\'s order, and 400 for a malformed id (refused before SQL)', async () => {
    const b = (await bob.get('/api/my/orders')).body.items[0];
    expect((await ann.get(`/api/my/orders/${b.id}`)).status).toBe(404);
    const bad = await ann.get('/api/my/orders/not-a-uuid');
    expect([bad.status, bad.body.error.path]).toEqual([400, '/id']);
  });
});

describe('GET /api/my/catalog', () => {
  it.each([
    ['', ['SKU-BLUE', 'SKU-RED']],
    ['?q=sku-r', ['SKU-RED']],
    ['?q=blue', ['SKU-BLUE']],
    ['?q=old', []],
    ['?q=%25', []],
  ])('%s', async (qs, skus) => {
    const r = await ann.get(`/api/my/catalog${qs}`);
    expect(r.status).toBe(200);
    expect(r.body.items.map((p: { sku: string }) => p.sku)).toEqual(skus);
  });

  it('returns SKU, name and list price only', async () => {
    const r = await ann.get('/api/my/catalog?q=SKU-RED');
    expect(r.body.items).toEqual([{ sku: 'SKU-RED', name: 'Red mug', unitPrice: 12.5 }]);
  });
});
