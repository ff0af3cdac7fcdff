import knex, { type Knex } from 'knex';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { releaseReservation, reserveLines } from '../../../server/src/inventory/stock-service.js';
import { assertConservation } from '../../support/conservation.js';
import { createTestDb, type TestDb } from '../../support/test-db.js';
import { ACTOR, level, seedCatalog, stockUp } from './fixtures.js';

let t: TestDb;
let wide: Knex; // many connections, so the transactions really run side by side
let tenant: string;
beforeAll(async () => {
  t = await createTestDb();
  wide = knex({ client: 'pg', connection: t.url, pool: { min: 0, max: 24 } });
  tenant = await seedCatalog(t.knex, 'hot', ['wh-a', 'wh-b'], ['HOT', 'X', 'Y']);
});
afterEach(() => assertConservation(t.knex, tenant));
afterAll(async () => {
  await wide.destroy();
  await t.drop();
});

type Line = [string, string, number];
const attempt = (ref: string, lines: Line[]) =>
  wide
    .transaction((trx) =>
      reserveLines(trx, { tenantId: tenant, ref, orderId: null, actor: ACTOR, lines: lines.map(([location, sku, qty]) => ({ location, sku, qty })) }),
    )
    .then((r) => (r.ok ? 'ok' : 'short'), (e: { code?: string }) => `error ${e.code}`);

const tally = (xs: string[]) => xs.reduce<Record<string, number>>((acc, x) => ({ ...acc, [x]: (acc[x] ?? 0) + 1 }), {});

describe('reservation under contention', () => {
  it('200 concurrent orders for a SKU with 50 units: exactly 50 succeed, no oversell, no deadlock', async () => {
    await stockUp(t.knex, tenant, [['wh-a', 'HOT', 50]]);
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => attempt(`hot-${i}`, [['wh-a', 'HOT', 1]])));
    expect(tally(results)).toEqual({ ok: 50, short: 150 });
    expect(await level(t.knex, tenant, 'wh-a', 'HOT')).toMatchObject({ on_hand: 50, reserved: 50 });
    expect(await t.knex('stock_reservations').where({ tenant_id: tenant, sku: 'HOT' }).count({ n: '*' }).first()).toEqual({ n: '50' });
  });

  it('multi-line plans racing in opposite line orders never deadlock', async () => {
    await stockUp(t.knex, tenant, [['wh-a', 'X', 60], ['wh-b', 'Y', 60]]);
    const plans = Array.from({ length: 80 }, (_, i) => {
      const lines: Line[] = [['wh-a', 'X', 1], ['wh-b', 'Y', 1]];
      return attempt(`pair-${i}`, i % 2 === 0 ? lines : [...lines].reverse());
    });
    // 60 units of each: the first 60 plans to commit get both lines, the rest neither (all-or-none).
    expect(tally(await Promise.all(plans))).toEqual({ ok: 60, short: 20 });
    expect(await level(t.knex, tenant, 'wh-a', 'X')).toMatchObject({ reserved: 60 });
    expect(await level(t.knex, tenant, 'wh-b', 'Y')).toMatchObject({ reserved: 60 });
  });

  it('releases racing new reservations over the same levels never deadlock', async () => {
    const release = (ref: string) =>
      wide
        .transaction((trx) => releaseReservation(trx, { tenantId: tenant, ref, actor: ACTOR, reason: 'cancelled' }))
        .then((n) => `released ${n}`, (e: { code?: string }) => `error ${e.code}`);
    const work = Array.from({ length: 60 }, (_, i) =>
      i % 2 === 0 ? release(`pair-${i}`) : attempt(`again-${i}`, [['wh-b', 'Y', 1], ['wh-a', 'X', 1]]),
    );
    const results = tally(await Promise.all(work));
    expect(Object.keys(results).filter((k) => k.startsWith('error'))).toEqual([]);
    expect((results['released 2'] ?? 0) + (results['released 0'] ?? 0)).toBe(30);
  });
});
