import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../server/src/users/users.js';
import { Client, PASSWORD, seedTenant } from '../http/support/harness.js';
import { approvalFlow } from '../intake/definitions.js';
import { publish, startWorld, type World } from '../intake/support.js';

const addressForm = {
  kind: 'form',
  key: 'ship-order',
  title: { en: 'Ship order' },
  currency: 'EUR',
  flow: 'approval-flow',
  fields: [
    { key: 'shipTo', type: 'address', label: { en: 'Ship to' }, required: true },
    { key: 'poNumber', type: 'text', label: { en: 'PO number' } },
    { key: 'items', type: 'line-items', label: { en: 'Items' }, required: true, min: 1, columns: [
      { key: 'sku', type: 'text', label: { en: 'SKU' }, required: true },
      { key: 'qty', type: 'number', label: { en: 'Qty' }, required: true, min: 1 },
    ] },
  ],
  mapping: { shipTo: 'shipTo', items: 'lines' },
};

const HOME = { name: 'Ann Lee', line1: '1 Main St', postcode: '10115', city: 'Berlin', country: 'DE' };
const WORK = { name: 'Ann Lee', company: 'Acme', line1: '9 Dock Rd', postcode: '20457', city: 'Hamburg', country: 'DE' };
const BOBS = { name: 'Bob Ray', line1: '5 Elm Ave', postcode: '80331', city: 'München', country: 'DE' };

let w: World;
let ann: Client;
let bob: Client;
let ops: Client;
let otherAdmin: Client;
let n = 0;
const submit = async (c: Client, shipTo: Record<string, string>) => {
  const r = await c.request('POST', '/api/forms/ship-order/submit', {
    body: { data: { shipTo, items: [{ sku: 'SKU-1', qty: 1 }] } },
    headers: { 'idempotency-key': `addr-${++n}` },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  w.t.clock.advance(1000);
};
const addresses = async (c: Client, qs = '') => {
  const r = await c.get(`/api/addresses${qs}`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body.items as Array<{ address: Record<string, string>; lastUsedAt: string }>;
};

beforeAll(async () => {
  w = await startWorld();
  await publish(w.admin, [approvalFlow(), addressForm]);
  await createUser(w.t.db, { tenantId: w.tenantId, email: 'bob@acme.test', name: 'Bob', role: 'customer', password: PASSWORD });
  ann = await Client.login(w.t.base, 'customer@acme.test', 'acme');
  bob = await Client.login(w.t.base, 'bob@acme.test', 'acme');
  ops = await Client.login(w.t.base, 'operator@acme.test', 'acme');
  await submit(ann, HOME);
  await submit(ann, WORK);
  // The same address again, typed differently: one suggestion, now the most recent.
  await submit(ann, { ...HOME, name: 'ann lee', city: 'BERLIN', phone: '+49 30 1' });
  await submit(bob, BOBS);
  // Another tenant whose orders ship to the very same street: never suggested to acme.
  await seedTenant(w.t.db, 'globex');
  otherAdmin = await Client.login(w.t.base, 'admin@globex.test', 'globex');
  const made = await otherAdmin.request('POST', '/api/orders', {
    body: { channel: 'web', shipTo: { name: 'Globex Ann', line1: '1 Main St', city: 'Springfield' }, lines: [{ sku: 'G-1', qty: 1 }] },
    headers: { 'idempotency-key': 'globex-1' },
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
});
afterAll(() => w?.t.close());

describe('GET /api/addresses', () => {
  it('gives a customer the addresses of their own orders only, de-duplicated, most recent first', async () => {
    const mine = await addresses(ann);
    expect(mine.map((a) => a.address.line1)).toEqual(['1 Main St', '9 Dock Rd']);
    // The latest spelling wins, with only the address parts.
    expect(mine[0].address).toEqual({ name: 'ann lee', line1: '1 Main St', postcode: '10115', city: 'BERLIN', country: 'DE', phone: '+49 30 1' });
    expect(Date.parse(mine[0].lastUsedAt)).toBeGreaterThan(Date.parse(mine[1].lastUsedAt));
    expect((await addresses(bob)).map((a) => a.address.name)).toEqual(['Bob Ray']);
  });

  it('never leaks another customer\'s address, whatever q says', async () => {
    for (const q of ['Bob', '5 Elm', 'München', '80331', 'Globex', 'Springfield']) expect(await addresses(ann, `?q=${encodeURIComponent(q)}`)).toEqual([]);
  });

  it.each([
    ['?q=dock', ['9 Dock Rd']],
    ['?q=hamburg', ['9 Dock Rd']],
    ['?q=101', ['1 Main St']],
    ['?q=ann', ['1 Main St', '9 Dock Rd']],
    ['?q=%25', []],
    ['?limit=1', ['1 Main St']],
  ])('customer %s', async (qs, lines) => {
    expect((await addresses(ann, qs)).map((a) => a.address.line1)).toEqual(lines);
  });

  it('gives operators the tenant\'s addresses, and no other tenant\'s', async () => {
    expect((await addresses(ops)).map((a) => a.address.line1)).toEqual(['5 Elm Ave', '1 Main St', '9 Dock Rd']);
    expect((await addresses(ops, '?q=main')).map((a) => a.address.name)).toEqual(['ann lee']);
    expect((await addresses(otherAdmin)).map((a) => a.address.name)).toEqual(['Globex Ann']);
  });

  it('refuses bad input with the field\'s path, and roles without a portal', async () => {
    const bad = await ann.get('/api/addresses?limit=0');
    expect([bad.status, bad.body.error.path]).toEqual([400, '/limit']);
    const extra = await ann.get('/api/addresses?customer=x');
    expect(extra.status).toBe(400);
    const approver = await Client.login(w.t.base, 'approver@acme.test', 'acme');
    expect((await approver.get('/api/addresses')).status).toBe(403);
  });
});
