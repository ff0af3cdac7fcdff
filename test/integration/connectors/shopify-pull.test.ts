import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { validateCanonicalOrder, type PullOutput } from '@oms/runtime';
import { callCapability } from '../../support/plugin-harness.js';
import { fixture, plugin, shopifyHarness, startShopifyStub, type ShopifyStub } from './shopify-admin-stub.js';

type Order = { externalId: string; lines: Array<{ sku: string; qty: number }>; tags?: string[]; attributes?: Record<string, unknown> };

let stub: ShopifyStub;
beforeAll(async () => {
  stub = await startShopifyStub();
});
afterAll(() => stub.close());
afterEach(() => {
  const left = { errors: [...stub.errors], pending: stub.pending() };
  stub.reset();
  expect(left).toEqual({ errors: [], pending: 0 });
});

const pull = (h: ReturnType<typeof shopifyHarness>, cursor: string | null, limit?: number) =>
  callCapability(plugin, 'pull-orders', { cursor, ...(limit ? { limit } : {}) }, 'pull', h) as Promise<PullOutput<Order>>;

describe('shopify pull-orders (recorded GraphQL Admin API responses)', () => {
  it('asks orders sorted by UPDATED_AT with an updated_at:>= search and maps them to canonical orders', async () => {
    const h = shopifyHarness(stub, { startAt: '2026-11-30T00:00:00Z', pullFilter: 'financial_status:paid' });
    stub.script({ op: 'PullOrders', fixture: 'orders-page-1.json' });
    const out = await pull(h, null, 2);

    const [req] = stub.received;
    expect(req.query).toMatch(/orders\(first: \$first, after: \$after, sortKey: UPDATED_AT, query: \$query\)/);
    expect(req.query).toMatch(/lineItems\(first: 25\)/);
    // startAt minus the 5 s overlap, quoted, ANDed with the installation's filter.
    expect(req.variables).toEqual({ first: 2, query: "updated_at:>='2026-11-29T23:59:55Z' AND (financial_status:paid)" });
    expect(req.headers['x-shopify-access-token']).toBe('shpat_0123456789abcdef0123456789abcdef');

    for (const o of out.items) expect(validateCanonicalOrder(o)).toEqual([]);
    expect(out.items[0]).toEqual({
      channel: 'shopify',
      externalId: '5512345678901',
      currency: 'EUR',
      placedAt: '2026-11-30T09:58:10Z',
      customer: { id: '7712345678', email: 'ada.lovelace@example.com', name: 'Ada Lovelace' },
      shipTo: { name: 'Ada Lovelace', line1: 'Unter den Linden 1', line2: '3. OG', city: 'Berlin', region: 'BE', postcode: '10117', country: 'DE', phone: '+49 30 1234567', lat: 52.5170365, lon: 13.3888599 },
      billTo: { name: 'Ada Lovelace', company: 'Analytical Engines GmbH', line1: 'Friedrichstraße 43', city: 'Berlin', region: 'BE', postcode: '10117', country: 'DE' },
      lines: [
        { id: '13012345678901', sku: 'MUG-BLUE', qty: 2, unitPrice: 12.99, name: 'Enamel mug - Blue' },
        { id: '13012345678902', sku: 'TEE-M', qty: 1, unitPrice: 48.99, name: 'Logo tee - M' },
      ],
      totals: { subtotal: 74.97, shipping: 4.9, tax: 12.75, discount: 5, total: 74.87 },
      tags: ['wholesale', 'vip'],
      attributes: { shopifyId: 'gid://shopify/Order/5512345678901', shopifyName: '#1001' },
    });
    // #1002: the removed cap (currentQuantity 0) is dropped; the SKU-less gift wrap keeps a stand-in and a tag.
    expect(out.items[1]).toMatchObject({
      externalId: '5512345678902',
      lines: [{ sku: 'shopify:line:13012345678911', qty: 1 }, { sku: 'SOCK-3P', qty: 3 }],
      tags: ['shopify-missing-sku'],
      attributes: { test: true },
    });
    expect(out.items[1]).not.toHaveProperty('customer');
    expect(out.hasMore).toBe(true);
    expect(JSON.parse(out.cursor!)).toEqual({
      t: '2026-11-30T10:02:00Z',
      seen: [['gid://shopify/Order/5512345678902', '2026-11-30T10:02:00Z']],
    });
  });

  it('the next pull re-reads the overlap, drops what it returned, skips cancelled orders and advances the cursor', async () => {
    const h = shopifyHarness(stub);
    const cursor = JSON.stringify({ t: '2026-11-30T10:02:00Z', seen: [['gid://shopify/Order/5512345678902', '2026-11-30T10:02:00Z']] });
    stub.script({ op: 'PullOrders', fixture: 'orders-page-2.json' });
    const out = await pull(h, cursor, 10);
    // At most 10 orders a page: Shopify refuses queries over 1000 cost points (~90 per order with 25 lines).
    expect(stub.received[0].variables).toEqual({ first: 10, query: "updated_at:>='2026-11-30T10:01:55Z'" });
    expect(out.items.map((o) => o.externalId)).toEqual(['5512345678903']);
    expect(out.hasMore).toBe(false);
    const next = JSON.parse(out.cursor!);
    expect(next.t).toBe('2026-11-30T10:04:30Z');
    // Pairs older than t − overlap leave the cursor; the cancelled #1004 is remembered so it is not re-read.
    expect(next.seen).toEqual([['gid://shopify/Order/5512345678904', '2026-11-30T10:04:30Z']]);
  });

  it('pages with `after` until the limit is reached; an order longer than the page gets its other lines', async () => {
    type Page = { data: { orders: { nodes: Array<{ lineItems: { pageInfo?: unknown } }>; pageInfo: Record<string, unknown> } } };
    const first = fixture('orders-page-1.json') as Page;
    first.data.orders.pageInfo = { hasNextPage: true, endCursor: 'eyJsYXN0X2lkIjo1NTEyMzQ1Njc4OTAyfQ==' };
    first.data.orders.nodes[0].lineItems.pageInfo = { hasNextPage: true, endCursor: 'eyJsYXN0X2lkIjoxMzAxMjM0NTY3ODkwMn0=' };
    stub.script(
      { op: 'PullOrders', body: first },
      { op: 'PullOrders', fixture: 'orders-page-2.json' },
      { op: 'OrderLines', fixture: 'order-lines-page-2.json' },
    );
    const out = await pull(shopifyHarness(stub), null, 3);
    expect(stub.received.map((r) => r.variables)).toEqual([
      { first: 3, query: "updated_at:>='1969-12-31T23:59:55Z'" },
      { first: 3 + 2, query: "updated_at:>='1969-12-31T23:59:55Z'", after: 'eyJsYXN0X2lkIjo1NTEyMzQ1Njc4OTAyfQ==' },
      { id: 'gid://shopify/Order/5512345678901', after: 'eyJsYXN0X2lkIjoxMzAxMjM0NTY3ODkwMn0=' },
    ]);
    // #1002 came on both pages: once. #1004 (4th fresh) waits for the next call.
    expect(out.items.map((o) => o.externalId)).toEqual(['5512345678901', '5512345678902', '5512345678903']);
    expect(out.items[0].lines.map((l) => [l.sku, l.qty])).toEqual([['MUG-BLUE', 2], ['TEE-M', 1], ['TOTE-NAT', 4]]);
    expect(out.hasMore).toBe(true);
  });

  it('a throttle on a later page returns what the first pages gave (hasMore), not a failure', async () => {
    const first = fixture('orders-page-1.json') as { data: { orders: { pageInfo: Record<string, unknown> } } };
    first.data.orders.pageInfo = { hasNextPage: true, endCursor: 'c2' };
    stub.script({ op: 'PullOrders', body: first }, { op: 'PullOrders', fixture: 'throttled.json' });
    const out = await pull(shopifyHarness(stub), null, 5);
    expect(out.items).toHaveLength(2);
    expect(out.hasMore).toBe(true);
    expect(JSON.parse(out.cursor!).t).toBe('2026-11-30T10:02:00Z');
  });

  it('an empty page keeps the cursor', async () => {
    const h = shopifyHarness(stub);
    const cursor = JSON.stringify({ t: '2026-11-30T10:04:30Z', seen: [] });
    stub.script({ op: 'PullOrders', body: { data: { orders: { nodes: [], pageInfo: { hasNextPage: false } } } } });
    expect(await pull(h, cursor)).toEqual({ items: [], cursor, hasMore: false });
  });

  it('externalIdFrom "name" takes the order name (#1001) as external id', async () => {
    const h = shopifyHarness(stub, { externalIdFrom: 'name' });
    stub.script({ op: 'PullOrders', fixture: 'orders-page-1.json' });
    const out = await pull(h, null);
    expect(out.items.map((o) => o.externalId)).toEqual(['#1001', '#1002']);
    expect(stub.received[0].variables).toMatchObject({ first: 10, query: "updated_at:>='1969-12-31T23:59:55Z'" });
  });

  it('a cursor that is not this plugin\'s is a validation failure, before any request', async () => {
    const h = shopifyHarness(stub);
    await expect(pull(h, 'eyJwYWdlIjoyfQ==')).rejects.toMatchObject({ errorClass: 'validation' });
    expect(stub.received).toEqual([]);
  });
});
