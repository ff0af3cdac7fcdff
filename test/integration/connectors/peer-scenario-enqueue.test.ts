import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reserveLines } from '../../../server/src/inventory/stock-service.js';
import { createTestDb, type TestDb } from '../../support/test-db.js';
import { insertOrder, publishDefinition, seedTenant, TEST_ACTOR } from '../../support/flow-fixture.js';

// Where automatic pushes are enqueued: the reservation itself (real PostgreSQL, real graphile_worker schema).
let t: TestDb;
let tenantId: string;
let erp: string;
let wms: string;

const jobs = async () =>
  (await t.knex.raw(`SELECT k.identifier AS task, j.key, j.payload FROM graphile_worker._private_jobs j
     JOIN graphile_worker._private_tasks k ON k.id = j.task_id WHERE k.identifier LIKE 'plugin-push-%-order' ORDER BY k.identifier, j.key`)).rows;
const install = async (pluginId: string, capabilities: string[], config: Record<string, unknown>) => {
  const id = randomUUID();
  await t.knex('plugin_installations').insert({ tenant_id: tenantId, id, plugin_id: pluginId, version: '1.0.0', source: 'bundled', config: JSON.stringify(config), capabilities });
  return id;
};
const reserve = (orderId: string, lines: Array<{ location: string; sku: string; qty: number }>, ref = randomUUID()) =>
  t.knex.transaction((trx) => reserveLines(trx, { tenantId, ref, orderId, lines, actor: TEST_ACTOR }));

beforeAll(async () => {
  t = await createTestDb();
  tenantId = await seedTenant(t.knex, 'push-enq', [['wh-a', 'SKU-1', 50], ['wh-b', 'SKU-1', 50], ['wh-b', 'SKU-2', 50]]);
  erp = await install('tryton', ['push-sales-order', 'pull-shipments', 'pull-stock'], { url: 'http://127.0.0.1:1', database: 'x' });
  wms = await install('x12-3pl', ['push-shipping-order', 'pull-shipping-advice'], { senderId: 'A', receiverId: 'B', location: 'wh-b' });
  await install('vendure', ['pull-orders', 'push-fulfilment', 'push-stock'], { baseUrl: 'http://127.0.0.1:1' });
});
afterAll(() => t.drop());

describe('automatic ERP / WMS push on allocation', () => {
  it('one sales-order job per ERP installation and one shipping-order job with the lines of the location the WMS serves', async () => {
    const o = await insertOrder(t.knex, tenantId, { lines: [{ sku: 'SKU-1', qty: 3 }, { sku: 'SKU-2', qty: 1 }] });
    await t.knex.raw(`DELETE FROM graphile_worker._private_jobs`);
    expect((await reserve(o.id, [{ location: 'wh-a', sku: 'SKU-1', qty: 2 }, { location: 'wh-b', sku: 'SKU-1', qty: 1 }, { location: 'wh-b', sku: 'SKU-2', qty: 1 }])).ok).toBe(true);
    expect(await jobs()).toEqual([
      { task: 'plugin-push-sales-order', key: `${erp}:sales-order:${tenantId}:${o.id}`, payload: { tenantId, installationId: erp, orderId: o.id } },
      { task: 'plugin-push-shipping-order', key: `${wms}:shipping-order:${tenantId}:${o.id}:wh-b`, payload: { tenantId, installationId: wms, orderId: o.id, location: 'wh-b', lines: [{ sku: 'SKU-1', qty: 1 }, { sku: 'SKU-2', qty: 1 }] } },
    ]);
  });

  it('a second allocation of the same order while the pushes are pending replaces them (still one job each)', async () => {
    const o = await insertOrder(t.knex, tenantId, { lines: [{ sku: 'SKU-1', qty: 1 }] });
    await t.knex.raw(`DELETE FROM graphile_worker._private_jobs`);
    await reserve(o.id, [{ location: 'wh-b', sku: 'SKU-1', qty: 1 }]);
    await reserve(o.id, [{ location: 'wh-b', sku: 'SKU-1', qty: 1 }]);
    expect((await jobs()).map((j: any) => j.task)).toEqual(['plugin-push-sales-order', 'plugin-push-shipping-order']);
  });

  it('a refused reservation (short stock) enqueues nothing: the jobs commit only with the allocation', async () => {
    const o = await insertOrder(t.knex, tenantId, { lines: [{ sku: 'SKU-2', qty: 500 }] });
    await t.knex.raw(`DELETE FROM graphile_worker._private_jobs`);
    expect((await reserve(o.id, [{ location: 'wh-b', sku: 'SKU-2', qty: 500 }])).ok).toBe(false);
    await expect(t.knex.transaction(async (trx) => {
      await reserveLines(trx, { tenantId, ref: randomUUID(), orderId: o.id, lines: [{ location: 'wh-b', sku: 'SKU-2', qty: 1 }], actor: TEST_ACTOR });
      throw new Error('rolled back');
    })).rejects.toThrow('rolled back');
    expect(await jobs()).toEqual([]);
  });

  it('an order whose pinned flow calls the capability from an action node is not pushed automatically for it', async () => {
    const flow = await publishDefinition(t.knex, tenantId, {
      kind: 'flow', key: 'erp-by-action',
      nodes: [{ id: 's', type: 'start' }, { id: 'a', type: 'action', config: { capability: 'tryton.push-sales-order', input: {} } }],
    } as never);
    const o = await insertOrder(t.knex, tenantId, { lines: [{ sku: 'SKU-1', qty: 1 }], pinned: { flow } });
    await t.knex.raw(`DELETE FROM graphile_worker._private_jobs`);
    await reserve(o.id, [{ location: 'wh-b', sku: 'SKU-1', qty: 1 }]);
    expect((await jobs()).map((j: any) => j.task)).toEqual(['plugin-push-shipping-order']);
  });

  it('autoPush: false turns it off per installation; a disabled installation pushes nothing', async () => {
    await t.knex('plugin_installations').where({ tenant_id: tenantId, id: erp }).update({ config: JSON.stringify({ url: 'http://127.0.0.1:1', database: 'x', autoPush: false }) });
    await t.knex('plugin_installations').where({ tenant_id: tenantId, id: wms }).update({ enabled: false });
    const o = await insertOrder(t.knex, tenantId, { lines: [{ sku: 'SKU-1', qty: 1 }] });
    await t.knex.raw(`DELETE FROM graphile_worker._private_jobs`);
    await reserve(o.id, [{ location: 'wh-b', sku: 'SKU-1', qty: 1 }]);
    expect(await jobs()).toEqual([]);
  });
});
