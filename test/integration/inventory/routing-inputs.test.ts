import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../runtime/src/core/ports.js';
import { loadRoutingInputs } from '../../../server/src/inventory/routing-inputs.js';
import { reserveLines } from '../../../server/src/inventory/stock-service.js';
import { getTenantSettings, isIanaTimeZone, putTenantSettings, tenantClock } from '../../../server/src/settings/tenant-settings.js';
import { ensureTenant } from '../../../server/src/users/users.js';
import { assertConservation } from '../../support/conservation.js';
import { createTestDb, type TestDb } from '../../support/test-db.js';
import { ACTOR, seedCatalog, stockUp } from './fixtures.js';

let t: TestDb;
let tenant: string;
beforeAll(async () => {
  t = await createTestDb();
  tenant = await seedCatalog(t.knex, 'route', ['dc-east', 'store-1'], ['A', 'B', 'C']);
  await t.knex('locations').where({ tenant_id: tenant, id: 'dc-east' }).update({ lat: 40.7, lon: -74, region: 'US-NY', daily_capacity: 100, tags: ['dc', 'cold-chain'] });
  await t.knex('locations').where({ tenant_id: tenant, id: 'store-1' }).update({ type: 'store', active: false });
  await stockUp(t.knex, tenant, [['dc-east', 'A', 7], ['dc-east', 'B', 3], ['store-1', 'A', 2], ['store-1', 'C', 9]]);
  await t.knex.transaction((trx) =>
    reserveLines(trx, { tenantId: tenant, ref: 'r1', orderId: '00000000-0000-7000-8000-000000000001', actor: ACTOR, lines: [{ location: 'dc-east', sku: 'A', qty: 2 }] }),
  );
  // Another tenant's rows must not leak in.
  await seedCatalog(t.knex, 'other', ['dc-east'], ['A']);
});
afterEach(() => assertConservation(t.knex));
afterAll(() => t.drop());

describe('loadRoutingInputs', () => {
  it('maps locations and the order’s SKUs onto the runtime routing types', async () => {
    expect(await loadRoutingInputs(t.knex, tenant, ['A', 'B', 'A'])).toEqual({
      locations: [
        { id: 'dc-east', type: 'warehouse', tags: ['dc', 'cold-chain'], priority: 0, active: true, lat: 40.7, lon: -74, region: 'US-NY', capacity: { maxOpenOrders: 100, openOrders: 1 } },
        { id: 'store-1', type: 'store', tags: ['dc'], priority: 1, active: false },
      ],
      stock: [
        { location: 'dc-east', sku: 'A', onHand: 7, reserved: 2, safetyStock: 0, incoming: 0 },
        { location: 'dc-east', sku: 'B', onHand: 3, reserved: 0, safetyStock: 0, incoming: 0 },
        { location: 'store-1', sku: 'A', onHand: 2, reserved: 0, safetyStock: 0, incoming: 0 },
      ],
    });
    expect((await loadRoutingInputs(t.knex, tenant, [])).stock).toEqual([]);
  });
});

describe('tenant settings', () => {
  it('defaults, stores, and gives the runtime a clock in the tenant’s zone', async () => {
    const { id } = await ensureTenant(t.knex, 'settings', 'settings');
    expect(await getTenantSettings(t.knex, id)).toEqual({ timeZone: 'UTC', currency: 'EUR', language: 'en' });
    await putTenantSettings(t.knex, id, { timeZone: 'Asia/Shanghai', currency: 'CNY', language: 'zh-CN' }, new Date(0));
    const s = await getTenantSettings(t.knex, id);
    expect(s).toEqual({ timeZone: 'Asia/Shanghai', currency: 'CNY', language: 'zh-CN' });
    const base = fixedClock('2030-01-01T00:00:00Z');
    const clock = tenantClock({ clock: base }, s);
    base.advance(1000);
    expect([clock.now(), clock.timeZone]).toEqual([Date.parse('2030-01-01T00:00:01Z'), 'Asia/Shanghai']);
  });

  it.each([
    ['UTC', true],
    ['Europe/Berlin', true],
    ['America/Argentina/Buenos_Aires', true],
    ['Asia/Calcutta', true],
    ['Mars/Olympus', false],
    ['+01:00', false],
    ['EST', false],
    ['', false],
  ])('isIanaTimeZone(%j) = %s', (tz, ok) => expect(isIanaTimeZone(tz)).toBe(ok));
});
