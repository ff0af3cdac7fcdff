import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { callCapability } from '../../support/plugin-harness.js';
import { LOCATION, plugin, shopifyHarness, startShopifyStub, type ShopifyStub } from './shopify-admin-stub.js';

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

const push = (levels: Array<{ sku: string; available: number }>, key = 'stock:t1:42', h = shopifyHarness(stub)) =>
  callCapability(plugin, 'push-stock', { levels }, key, h);

const levels = [
  { sku: 'MUG-BLUE', available: 25 },
  { sku: 'TEE-M', available: 7 },
  { sku: 'SOCK-3P', available: 3 },
  { sku: 'NOPE-1', available: 9 },
];

describe('shopify push-stock', () => {
  it('reads the levels at the location, then inventorySetQuantities @idempotent with changeFromQuantity', async () => {
    stub.script({ op: 'StockTargets', fixture: 'stock-targets.json' }, { op: 'SetStock', fixture: 'inventory-set.json' });
    expect(await push(levels)).toEqual({
      status: 'applied',
      externalId: 'gid://shopify/InventoryAdjustmentGroup/30512345678901',
      data: { changed: ['MUG-BLUE'], unchanged: ['TEE-M'], unknownSkus: ['NOPE-1'], notStocked: ['SOCK-3P'] },
    });
    const [read, set] = stub.received;
    expect(read.variables).toEqual({ first: 8, query: "sku:'MUG-BLUE' OR sku:'TEE-M' OR sku:'SOCK-3P' OR sku:'NOPE-1'", locationId: LOCATION });
    expect(read.query).toMatch(/inventoryLevel\(locationId: \$locationId\) \{ quantities\(names: \["available"\]\)/);
    // 2026-01: the idempotency key rides on the @idempotent directive; the host's key + chunk number.
    expect(set.query).toMatch(/inventorySetQuantities\(input: \$input\) @idempotent\(key: \$idempotencyKey\)/);
    expect(set.variables).toEqual({
      idempotencyKey: 'stock:t1:42:0',
      input: {
        name: 'available',
        reason: 'correction',
        referenceDocumentUri: 'oms://stock-sync/stock:t1:42:0',
        // Only what changes is sent; MUG-BLUE-XL (a prefix match of the search) is not ours.
        quantities: [{ inventoryItemId: 'gid://shopify/InventoryItem/4412000000001', locationId: LOCATION, quantity: 25, changeFromQuantity: 40 }],
      },
    });
  });

  it('levels already in the shop are already-applied, without a mutation', async () => {
    stub.script({ op: 'StockTargets', fixture: 'stock-targets.json' });
    expect(await push([{ sku: 'MUG-BLUE', available: 40 }, { sku: 'TEE-M', available: 7 }])).toEqual({
      status: 'already-applied',
      data: { changed: [], unchanged: ['MUG-BLUE', 'TEE-M'], unknownSkus: [], notStocked: [] },
    });
  });

  it('a stale changeFromQuantity (the shop sold one meanwhile) is re-read and retried once under a new key', async () => {
    stub.script(
      { op: 'StockTargets', fixture: 'stock-targets.json' },
      { op: 'SetStock', fixture: 'inventory-set-stale.json' },
      { op: 'StockTargets', fixture: 'stock-targets-after-change.json' },
      { op: 'SetStock', fixture: 'inventory-set.json' },
    );
    expect(await push([{ sku: 'MUG-BLUE', available: 25 }])).toMatchObject({ status: 'applied', data: { changed: ['MUG-BLUE'] } });
    const sets = stub.received.filter((r) => r.op === 'SetStock');
    expect(sets.map((s) => s.variables.idempotencyKey)).toEqual(['stock:t1:42:0', 'stock:t1:42:0:r1']);
    expect((sets[1].variables.input as { quantities: Array<{ changeFromQuantity: number }> }).quantities[0].changeFromQuantity).toBe(39);
  });

  it('stale twice is a conflict (the host retries later)', async () => {
    stub.script(
      { op: 'StockTargets', fixture: 'stock-targets.json' },
      { op: 'SetStock', fixture: 'inventory-set-stale.json' },
      { op: 'StockTargets', fixture: 'stock-targets-after-change.json' },
      { op: 'SetStock', fixture: 'inventory-set-stale.json' },
    );
    await expect(push([{ sku: 'MUG-BLUE', available: 25 }])).rejects.toMatchObject({ errorClass: 'conflict' });
  });

  it('no known SKU is rejected; no location configured is rejected before any request', async () => {
    stub.script({ op: 'StockTargets', fixture: 'stock-targets.json' });
    expect(await push([{ sku: 'NOPE-1', available: 1 }, { sku: 'SOCK-3P', available: 1 }])).toMatchObject({ status: 'rejected', code: 'shopify.unknown-sku', reason: expect.stringContaining('NOPE-1, SOCK-3P') });
    expect(await push(levels, 'k', shopifyHarness(stub, { locationId: undefined }))).toMatchObject({ status: 'rejected', code: 'shopify.location-missing' });
    expect(stub.received).toHaveLength(1);
  });

  it('a long or odd host key becomes a stable 64-char hash (same key on every retry)', async () => {
    const key = `stock:${'tenant-'.repeat(20)}:sku/ä`;
    for (let i = 0; i < 2; i++) stub.script({ op: 'StockTargets', fixture: 'stock-targets.json' }, { op: 'SetStock', fixture: 'inventory-set.json' });
    await push([{ sku: 'MUG-BLUE', available: 1 }], key);
    await push([{ sku: 'MUG-BLUE', available: 1 }], key);
    const keys = stub.received.filter((r) => r.op === 'SetStock').map((r) => r.variables.idempotencyKey as string);
    expect(keys[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(keys[1]).toBe(keys[0]);
  });
});
