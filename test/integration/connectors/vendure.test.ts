import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateCanonicalOrder } from '@oms/runtime';
import { startVendurePeer, type VendurePeer } from '../../peers/vendure-peer.js';
import type { Harness } from '../../support/plugin-harness.js';
import { pull, push, readOrder, readVariant, vendureHarness } from './vendure-connector.js';

// A real Vendure 3.7.3 (installed into the peer cache on first use), one per file, its database cloned from
// the seeded template. Every call goes over real HTTP through the plugin harness.
let peer: VendurePeer;
let h: Harness;
beforeAll(async () => {
  peer = await startVendurePeer();
  h = vendureHarness(peer);
}, 900_000);
afterAll(async () => {
  await peer?.stop();
}, 60_000);

describe('vendure pull-orders', { timeout: 180_000 }, () => {
  it('pulls a Shop API order once, mapped to a valid canonical order; the next pull brings only new orders', async () => {
    const placed = await peer.placeOrder([{ sku: 'VND-MUG', qty: 2 }, { sku: 'VND-TEE', qty: 1 }], { email: 'ada@example.com' });
    const first = await pull(h, null);
    expect(first.items.map((o) => o.externalId)).toEqual([placed.code]);
    const order = first.items[0];
    expect(validateCanonicalOrder(order)).toEqual([]);
    const channel = (await peer.admin.request(`{ activeChannel { defaultCurrencyCode } }`)).activeChannel;
    // Seeded prices are net, UK tax 20 %: 12.50 → 15.00, 19.99 → 23.99 (Vendure rounds per unit); shipping 5.00.
    expect(order).toMatchObject({
      channel: 'vendure',
      externalId: placed.code,
      currency: channel.defaultCurrencyCode,
      customer: { email: 'ada@example.com', name: 'Grace Guest' },
      shipTo: { name: 'Grace Guest', company: 'Guest Ltd', line1: '1 High Street', line2: 'Flat 2', city: 'London', region: 'Greater London', postcode: 'EC1A 1BB', country: 'GB', phone: '+44 20 7946 0000' },
      lines: [{ sku: 'VND-MUG', qty: 2, unitPrice: 15, name: 'Mug' }, { sku: 'VND-TEE', qty: 1, unitPrice: 23.99, name: 'T-shirt' }],
      totals: { subtotal: 53.99, shipping: 5, total: 58.99, discount: 0 },
      attributes: { vendureId: placed.id, vendureState: 'PaymentSettled' },
    });
    expect(order.totals.tax).toBeCloseTo(9, 2);
    expect(order.placedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(first.hasMore).toBe(false);

    const again = await pull(h, first.cursor);
    expect(again.items).toEqual([]);
    expect(again.hasMore).toBe(false);

    const later = await peer.placeOrder([{ sku: 'VND-CAP', qty: 1 }]);
    const third = await pull(h, again.cursor);
    expect(third.items.map((o) => o.externalId)).toEqual([later.code]);
    expect((await pull(h, third.cursor)).items).toEqual([]);
  });

  it('pages with limit: every order exactly once, hasMore until the last page', async () => {
    const codes: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 10; page++) {
      const r = await pull(h, cursor, 1);
      codes.push(...r.items.map((o) => o.externalId));
      cursor = r.cursor;
      if (!r.hasMore) break;
    }
    const all = (await peer.admin.request(`{ orders(options: { filter: { active: { eq: false } } }) { items { code } } }`)).orders.items.map((o: { code: string }) => o.code);
    expect(codes.length).toBe(all.length);
    expect(new Set(codes)).toEqual(new Set(all));
  });

  it('refuses a cursor it did not write (validation)', async () => {
    await expect(pull(h, 'not-a-cursor')).rejects.toMatchObject({ errorClass: 'validation' });
  });
});

describe('vendure push-fulfilment', { timeout: 180_000 }, () => {
  it('creates the fulfilment with the tracking code, moves it Shipped then Delivered; repeats are already-applied', async () => {
    const placed = await peer.placeOrder([{ sku: 'VND-MUG', qty: 1 }]);
    const input = { order: placed.code, status: 'shipped', carrier: 'DHL', tracking: 'TRK-1001', trackingUrl: 'https://track.example/TRK-1001' };
    const shipped = await push(h, 'push-fulfilment', input, 'ship-1');
    expect(shipped.status).toBe('applied');
    let remote = await readOrder(peer, placed.code);
    expect(remote.state).toBe('Shipped');
    expect(remote.fulfillments).toEqual([expect.objectContaining({ state: 'Shipped', method: 'DHL', trackingCode: 'TRK-1001' })]);
    expect(shipped).toMatchObject({ externalId: remote.fulfillments[0].id });

    expect(await push(h, 'push-fulfilment', input, 'ship-1')).toMatchObject({ status: 'already-applied', externalId: remote.fulfillments[0].id });
    // Another key, same tracking code (the host re-sent it after losing our answer): still one fulfilment.
    expect((await push(h, 'push-fulfilment', input, 'ship-1-again')).status).toBe('already-applied');

    expect((await push(h, 'push-fulfilment', { ...input, status: 'delivered' }, 'deliver-1')).status).toBe('applied');
    remote = await readOrder(peer, placed.code);
    expect(remote.state).toBe('Delivered');
    expect(remote.fulfillments).toEqual([expect.objectContaining({ state: 'Delivered', trackingCode: 'TRK-1001' })]);
    expect((await push(h, 'push-fulfilment', { ...input, status: 'delivered' }, 'deliver-1')).status).toBe('already-applied');
  });

  it('ships part of the lines (PartiallyShipped), then the rest under a second tracking code', async () => {
    const placed = await peer.placeOrder([{ sku: 'VND-MUG', qty: 2 }, { sku: 'VND-CAP', qty: 1 }]);
    const a = await push(h, 'push-fulfilment', { order: placed.code, status: 'shipped', carrier: 'UPS', tracking: 'UPS-A', lines: [{ sku: 'VND-MUG', qty: 2 }] }, 'part-a');
    expect(a.status).toBe('applied');
    expect((await readOrder(peer, placed.code)).state).toBe('PartiallyShipped');
    const b = await push(h, 'push-fulfilment', { order: placed.code, status: 'shipped', carrier: 'UPS', tracking: 'UPS-B', lines: [{ sku: 'VND-CAP', qty: 1 }] }, 'part-b');
    expect(b.status).toBe('applied');
    const remote = await readOrder(peer, placed.code);
    expect(remote.state).toBe('Shipped');
    expect(remote.fulfillments.map((f) => f.trackingCode).sort()).toEqual(['UPS-A', 'UPS-B']);
  });

  it('delivers straight from placed (creates, ships, delivers) and remembers the fulfilment without a tracking code', async () => {
    const placed = await peer.placeOrder([{ sku: 'VND-TEE', qty: 1 }]);
    expect((await push(h, 'push-fulfilment', { order: placed.code, status: 'delivered' }, 'no-tracking')).status).toBe('applied');
    expect((await push(h, 'push-fulfilment', { order: placed.code, status: 'delivered' }, 'no-tracking')).status).toBe('already-applied');
    const remote = await readOrder(peer, placed.code);
    expect(remote.state).toBe('Delivered');
    expect(remote.fulfillments).toHaveLength(1);
  });

  it('rejects an order code Vendure does not know', async () => {
    expect(await push(h, 'push-fulfilment', { order: 'NO-SUCH-CODE', status: 'shipped', tracking: 'X' }, 'unknown')).toMatchObject({ status: 'rejected', code: 'vendure.order-not-found' });
  });
});

describe('vendure push-stock', { timeout: 180_000 }, () => {
  it('sets stockOnHand so that Vendure sells exactly our available; a repeat is already-applied', async () => {
    await peer.placeOrder([{ sku: 'VND-CAP', qty: 3 }]); // allocated in Vendure, not yet fulfilled
    const before = await readVariant(peer, 'VND-CAP');
    expect(before.stockAllocated).toBeGreaterThanOrEqual(3);
    const r = await push(h, 'push-stock', { levels: [{ sku: 'VND-CAP', available: 7 }, { sku: 'VND-MUG', available: 40 }, { sku: 'NOT-IN-VENDURE', available: 1 }] }, 'stock-1');
    expect(r).toMatchObject({ status: 'applied', data: { unknown: ['NOT-IN-VENDURE'] } });
    const cap = await readVariant(peer, 'VND-CAP');
    expect(cap.stockOnHand).toBe(7 + cap.stockAllocated);
    const mug = await readVariant(peer, 'VND-MUG');
    expect(mug.stockOnHand - mug.stockAllocated).toBe(40);
    expect((await push(h, 'push-stock', { levels: [{ sku: 'VND-CAP', available: 7 }] }, 'stock-2')).status).toBe('already-applied');
    expect(await push(h, 'push-stock', { levels: [{ sku: 'NOT-IN-VENDURE', available: 1 }] }, 'stock-3')).toMatchObject({ status: 'rejected', code: 'vendure.unknown-sku' });
  });
});
