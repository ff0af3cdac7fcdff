import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { adjustStock, consumeStock, releaseReservation, reserveLines } from '../../../server/src/inventory/stock-service.js';
import { assertConservation } from '../../support/conservation.js';
import { createTestDb, type TestDb } from '../../support/test-db.js';
import { ACTOR, level, seedCatalog, stockUp } from './fixtures.js';

let t: TestDb;
let tenant: string;
beforeAll(async () => {
  t = await createTestDb();
  tenant = await seedCatalog(t.knex, 'stock', ['wh-a', 'wh-b'], ['SKU-1', 'SKU-2', 'SKU-3']);
});
afterEach(() => assertConservation(t.knex));
afterAll(() => t.drop());

const reserve = (ref: string, lines: Array<[string, string, number]>, orderId: string | null = null) =>
  t.knex.transaction((trx) =>
    reserveLines(trx, { tenantId: tenant, ref, orderId, actor: ACTOR, lines: lines.map(([location, sku, qty]) => ({ location, sku, qty })) }),
  );

describe('adjustStock', () => {
  it('sets and moves buckets, writing one movement per change', async () => {
    await stockUp(t.knex, tenant, [['wh-a', 'SKU-1', 10]]);
    const r = await t.knex.transaction((trx) =>
      adjustStock(trx, { tenantId: tenant, location: 'wh-a', sku: 'SKU-1', bucket: 'safety', delta: 2, reason: 'buffer', actor: ACTOR }),
    );
    expect(r).toMatchObject({ onHand: 10, safety: 2, reserved: 0, available: 8 });
    const same = await t.knex.transaction((trx) =>
      adjustStock(trx, { tenantId: tenant, location: 'wh-a', sku: 'SKU-1', set: 10, reason: 'recount', actor: ACTOR }),
    );
    expect(same.onHand).toBe(10);
    const moves = await t.knex('stock_movements').where({ tenant_id: tenant, sku: 'SKU-1' }).orderBy('id').select('bucket', 'delta', 'reason');
    expect(moves).toEqual([
      { bucket: 'on_hand', delta: 10, reason: 'initial count' },
      { bucket: 'safety', delta: 2, reason: 'buffer' },
    ]);
  });

  it.each([
    [{ location: 'nowhere', sku: 'SKU-1', delta: 1 }, 422, 'stock.unknown-location', '/location'],
    [{ location: 'wh-a', sku: 'NOPE', delta: 1 }, 422, 'stock.unknown-sku', '/sku'],
    [{ location: 'wh-a', sku: 'SKU-1', delta: -11 }, 409, 'stock.negative', '/delta'],
    [{ location: 'wh-a', sku: 'SKU-1', delta: 1, set: 2 }, 400, 'stock.delta-or-set', '/delta'],
    [{ location: 'wh-a', sku: 'SKU-1', bucket: 'reserved', delta: 1 }, 400, 'stock.bucket-not-adjustable', '/bucket'],
  ])('refuses %j with %i %s', async (input, status, code, path) => {
    const err = await t.knex
      .transaction((trx) => adjustStock(trx, { tenantId: tenant, reason: 'x', actor: ACTOR, ...(input as any) }))
      .catch((e) => e);
    expect([err.status, err.code, err.path]).toEqual([status, code, path]);
  });
});

describe('reserveLines / releaseReservation / consumeStock', () => {
  it('reserves all lines or none and reports what is short', async () => {
    await stockUp(t.knex, tenant, [['wh-b', 'SKU-2', 5], ['wh-b', 'SKU-3', 1]]);
    const r = await reserve('plan-1', [['wh-b', 'SKU-2', 3], ['wh-b', 'SKU-3', 2]]);
    expect(r).toEqual({ ok: false, short: [{ location: 'wh-b', sku: 'SKU-3', requested: 2, available: 1 }] });
    expect(await level(t.knex, tenant, 'wh-b', 'SKU-2')).toMatchObject({ on_hand: 5, reserved: 0 });
    expect(await t.knex('stock_reservations').where({ ref: 'plan-1' })).toEqual([]);
  });

  it('a missing level is short with 0 available; safety stock is not reservable', async () => {
    await t.knex.transaction((trx) =>
      adjustStock(trx, { tenantId: tenant, location: 'wh-b', sku: 'SKU-2', bucket: 'safety', set: 2, reason: 'buffer', actor: ACTOR }),
    );
    expect(await reserve('plan-2', [['wh-b', 'SKU-2', 4], ['wh-a', 'SKU-3', 1]])).toEqual({
      ok: false,
      short: [
        { location: 'wh-a', sku: 'SKU-3', requested: 1, available: 0 },
        { location: 'wh-b', sku: 'SKU-2', requested: 4, available: 3 },
      ],
    });
  });

  it('is idempotent per ref, releases once, and consumes on shipment', async () => {
    const order = '00000000-0000-7000-8000-0000000000a1';
    expect(await reserve('plan-3', [['wh-b', 'SKU-2', 2], ['wh-b', 'SKU-2', 1]], order)).toEqual({ ok: true });
    expect(await reserve('plan-3', [['wh-b', 'SKU-2', 3]], order)).toEqual({ ok: true });
    expect(await level(t.knex, tenant, 'wh-b', 'SKU-2')).toMatchObject({ on_hand: 5, reserved: 3 });
    await t.knex.transaction((trx) => consumeStock(trx, { tenantId: tenant, orderId: order, location: 'wh-b', sku: 'SKU-2', qty: 1, actor: ACTOR }));
    expect(await level(t.knex, tenant, 'wh-b', 'SKU-2')).toMatchObject({ on_hand: 4, reserved: 2 });
    const released = await t.knex.transaction((trx) => releaseReservation(trx, { tenantId: tenant, ref: 'plan-3', actor: ACTOR, reason: 'cancelled' }));
    expect(released).toBe(2);
    expect(await t.knex.transaction((trx) => releaseReservation(trx, { tenantId: tenant, ref: 'plan-3', actor: ACTOR, reason: 'again' }))).toBe(0);
    expect(await t.knex('stock_reservations').where({ ref: 'plan-3' }).first('qty', 'consumed', 'released', 'status')).toEqual({
      qty: 3,
      consumed: 1,
      released: 2,
      status: 'released',
    });
    // A released ref stays spent: reserving it again changes nothing.
    expect(await reserve('plan-3', [['wh-b', 'SKU-2', 1]], order)).toEqual({ ok: true });
    expect(await level(t.knex, tenant, 'wh-b', 'SKU-2')).toMatchObject({ on_hand: 4, reserved: 0 });
  });

  it('ships unreserved units only from free stock', async () => {
    const order = '00000000-0000-7000-8000-0000000000a2';
    await reserve('plan-4', [['wh-b', 'SKU-2', 2]], order);
    await t.knex.transaction((trx) => consumeStock(trx, { tenantId: tenant, orderId: order, location: 'wh-b', sku: 'SKU-2', qty: 3, actor: ACTOR }));
    expect(await level(t.knex, tenant, 'wh-b', 'SKU-2')).toMatchObject({ on_hand: 1, reserved: 0 });
    expect(await t.knex('stock_reservations').where({ ref: 'plan-4' }).first('status')).toEqual({ status: 'consumed' });
    const err = await t.knex
      .transaction((trx) => consumeStock(trx, { tenantId: tenant, orderId: order, location: 'wh-b', sku: 'SKU-2', qty: 2, actor: ACTOR }))
      .catch((e) => e);
    expect([err.status, err.code]).toEqual([409, 'stock.insufficient']);
  });

  it('refuses an on_hand below what is reserved', async () => {
    await reserve('plan-5', [['wh-a', 'SKU-1', 6]]);
    const err = await t.knex
      .transaction((trx) => adjustStock(trx, { tenantId: tenant, location: 'wh-a', sku: 'SKU-1', set: 5, reason: 'recount', actor: ACTOR }))
      .catch((e) => e);
    expect([err.status, err.code]).toEqual([409, 'stock.below-reserved']);
    await t.knex.transaction((trx) => releaseReservation(trx, { tenantId: tenant, ref: 'plan-5', actor: ACTOR, reason: 'test' }));
  });
});
