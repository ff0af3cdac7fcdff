import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateCanonicalOrder } from '@oms/runtime';
import type { Harness } from '../../support/plugin-harness.js';
import { medusaHarness, pull, push, readLevel, readOrder, startSeededMedusa, type SeededMedusa } from './medusa-connector.js';

// A real Medusa 2.21.2 (the peer cache's hand-made project), one per file: its database is cloned from the
// template migrated once per run, then seeded through the Admin API. Every call goes over real HTTP.
let m: SeededMedusa;
let h: Harness;
beforeAll(async () => {
  m = await startSeededMedusa();
  h = medusaHarness(m);
}, 1_800_000);
afterAll(async () => {
  await m?.peer.stop();
}, 60_000);

describe('medusa pull-orders', { timeout: 600_000 }, () => {
  it('pulls a Store API order once, mapped to a valid canonical order; the next pull brings only new orders', async () => {
    const placed = await m.place([{ sku: 'MED-MUG', qty: 2 }, { sku: 'MED-TEE', qty: 1 }], 'ada@example.com');
    const first = await pull(h, null);
    expect(first.items.map((o) => o.externalId)).toEqual([placed.id]);
    const order = first.items[0];
    expect(validateCanonicalOrder(order)).toEqual([]);
    expect(order).toMatchObject({
      channel: 'medusa',
      externalId: placed.id,
      currency: 'EUR',
      customer: { email: 'ada@example.com' },
      shipTo: { name: 'Grace Guest', company: 'Guest GmbH', line1: 'Hauptstr. 5', line2: '2. OG', city: 'Berlin', region: 'Berlin', postcode: '10115', country: 'DE', phone: '+49 30 1234567' },
      totals: { subtotal: 44.99, shipping: 5, tax: 0, discount: 0, total: 49.99 },
      attributes: { medusaId: placed.id, medusaDisplayId: placed.display_id, medusaStatus: 'pending' },
    });
    // Medusa does not promise an order for an order's items (seen both ways in one day): compare them by SKU.
    const bySku = [...order.lines].sort((a, b) => a.sku.localeCompare(b.sku));
    expect(bySku).toMatchObject([
      { sku: 'MED-MUG', qty: 2, unitPrice: 12.5, name: 'Mug' },
      { sku: 'MED-TEE', qty: 1, unitPrice: 19.99, name: 'T-shirt' },
    ]);
    expect(order.lines).toHaveLength(2);
    expect(order.customer.id).toMatch(/^cus_/);
    expect(order.placedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(first.hasMore).toBe(false);

    const again = await pull(h, first.cursor);
    expect(again.items).toEqual([]);
    expect(again.hasMore).toBe(false);

    const later = await m.place([{ sku: 'MED-CAP', qty: 1 }]);
    const third = await pull(h, again.cursor);
    expect(third.items.map((o) => o.externalId)).toEqual([later.id]);
    expect((await pull(h, third.cursor)).items).toEqual([]);
  });

  it('pages with limit 1: every order exactly once, hasMore until the last page', async () => {
    await m.place([{ sku: 'MED-CAP', qty: 1 }]);
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    for (; pages < 20; pages++) {
      const r = await pull(h, cursor, 1);
      ids.push(...r.items.map((o) => o.externalId));
      cursor = r.cursor;
      if (!r.hasMore) break;
    }
    const all = (await m.admin.get('/admin/orders?fields=id&limit=100')).orders.map((o: { id: string }) => o.id);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(ids.length).toBe(all.length);
    expect(new Set(ids)).toEqual(new Set(all));
  });

  it('overlap re-reads equal and late timestamps, and dedupe drops what the cursor has seen', async () => {
    const placed = await m.place([{ sku: 'MED-MUG', qty: 1 }]);
    const first = await pull(h, JSON.stringify({ t: placed.updated_at, seen: [] }));
    expect(first.items.map((o) => o.externalId)).toContain(placed.id);
    // The same window again (>= t − overlap): the order is inside it but in `seen`, so it is not repeated.
    expect((await pull(h, first.cursor)).items.map((o) => o.externalId)).not.toContain(placed.id);
  });

  it('refuses a cursor it did not write (validation)', async () => {
    await expect(pull(h, 'not-a-cursor')).rejects.toMatchObject({ errorClass: 'validation' });
  });
});

describe('medusa push-fulfilment', { timeout: 600_000 }, () => {
  it('creates the fulfilment, ships it with the tracking label, marks it delivered; retries are already-applied', async () => {
    const placed = await m.place([{ sku: 'MED-MUG', qty: 1 }]);
    const input = { order: placed.id, status: 'shipped', carrier: 'DHL', tracking: 'TRK-1001', trackingUrl: 'https://track.example/TRK-1001' };
    const shipped = await push(h, 'push-fulfilment', input, 'ship-1');
    expect(shipped.status).toBe('applied');
    let remote = await readOrder(m, placed.id);
    expect(remote.fulfillment_status).toBe('shipped');
    expect(remote.fulfillments).toHaveLength(1);
    expect(remote.fulfillments[0].shipped_at).not.toBeNull();
    expect(remote.fulfillments[0].labels).toEqual([expect.objectContaining({ tracking_number: 'TRK-1001', tracking_url: 'https://track.example/TRK-1001' })]);
    expect(shipped).toMatchObject({ externalId: remote.fulfillments[0].id });

    expect(await push(h, 'push-fulfilment', input, 'ship-1')).toMatchObject({ status: 'already-applied', externalId: remote.fulfillments[0].id });
    // Another key, same tracking number (the host re-sent it after losing our answer): still one fulfilment.
    expect((await push(h, 'push-fulfilment', input, 'ship-1-again')).status).toBe('already-applied');
    expect((await readOrder(m, placed.id)).fulfillments).toHaveLength(1);

    expect((await push(h, 'push-fulfilment', { ...input, status: 'delivered' }, 'deliver-1')).status).toBe('applied');
    remote = await readOrder(m, placed.id);
    expect(remote.fulfillment_status).toBe('delivered');
    expect(remote.fulfillments).toEqual([expect.objectContaining({ delivered_at: expect.any(String) })]);
    expect((await push(h, 'push-fulfilment', { ...input, status: 'delivered' }, 'deliver-1')).status).toBe('already-applied');
  });

  it('ships part of the lines (partially shipped), then the rest under a second tracking number', async () => {
    const placed = await m.place([{ sku: 'MED-MUG', qty: 2 }, { sku: 'MED-CAP', qty: 1 }]);
    const a = await push(h, 'push-fulfilment', { order: placed.id, status: 'shipped', carrier: 'UPS', tracking: 'UPS-A', lines: [{ sku: 'MED-MUG', qty: 2 }] }, 'part-a');
    expect(a.status).toBe('applied');
    // Medusa's fulfillment_status follows the fulfilments (one, shipped); the items say what is still open.
    const partial = await readOrder(m, placed.id);
    expect(Object.fromEntries(partial.items.map((i) => [i.variant_sku, i.detail.shipped_quantity]))).toEqual({ 'MED-MUG': 2, 'MED-CAP': 0 });
    const b = await push(h, 'push-fulfilment', { order: placed.id, status: 'shipped', carrier: 'UPS', tracking: 'UPS-B', lines: [{ sku: 'MED-CAP', qty: 1 }] }, 'part-b');
    expect(b.status).toBe('applied');
    const remote = await readOrder(m, placed.id);
    expect(remote.fulfillment_status).toBe('shipped');
    expect(Object.fromEntries(remote.items.map((i) => [i.variant_sku, i.detail.shipped_quantity]))).toEqual({ 'MED-MUG': 2, 'MED-CAP': 1 });
    expect(remote.fulfillments.flatMap((f) => f.labels.map((l) => l.tracking_number)).sort()).toEqual(['UPS-A', 'UPS-B']);
  });

  it('delivers straight from placed and remembers the fulfilment without a tracking number', async () => {
    const placed = await m.place([{ sku: 'MED-TEE', qty: 1 }]);
    expect((await push(h, 'push-fulfilment', { order: placed.id, status: 'delivered' }, 'no-tracking')).status).toBe('applied');
    expect((await push(h, 'push-fulfilment', { order: placed.id, status: 'delivered' }, 'no-tracking')).status).toBe('already-applied');
    const remote = await readOrder(m, placed.id);
    expect(remote.fulfillment_status).toBe('delivered');
    expect(remote.fulfillments).toHaveLength(1);
  });

  it('rejects an order id Medusa does not know', async () => {
    expect(await push(h, 'push-fulfilment', { order: 'order_NOSUCHORDER', status: 'shipped', tracking: 'X' }, 'unknown')).toMatchObject({ status: 'rejected', code: 'medusa.order-not-found' });
  });
});

describe('medusa push-stock', { timeout: 600_000 }, () => {
  it('sets stocked_quantity so that Medusa sells exactly our available; a repeat is already-applied', async () => {
    await m.place([{ sku: 'MED-CAP', qty: 3 }]); // reserved in Medusa, not yet fulfilled
    const before = await readLevel(m, 'MED-CAP');
    expect(before.reserved_quantity).toBeGreaterThanOrEqual(3);
    const r = await push(h, 'push-stock', { levels: [{ sku: 'MED-CAP', available: 7 }, { sku: 'MED-MUG', available: 40 }, { sku: 'NOT-IN-MEDUSA', available: 1 }] }, 'stock-1');
    expect(r).toMatchObject({ status: 'applied', data: { unknown: ['NOT-IN-MEDUSA'] } });
    expect((r as { data?: { updated: string[] } }).data!.updated.sort()).toEqual(['MED-CAP', 'MED-MUG']);
    const cap = await readLevel(m, 'MED-CAP');
    expect(cap.stocked_quantity).toBe(7 + cap.reserved_quantity);
    expect(cap.available_quantity).toBe(7);
    const mug = await readLevel(m, 'MED-MUG');
    expect(mug.available_quantity).toBe(40);
    expect((await push(h, 'push-stock', { levels: [{ sku: 'MED-CAP', available: 7 }] }, 'stock-2')).status).toBe('already-applied');
    expect(await push(h, 'push-stock', { levels: [{ sku: 'NOT-IN-MEDUSA', available: 1 }] }, 'stock-3')).toMatchObject({ status: 'rejected', code: 'medusa.unknown-sku' });
  });
});
