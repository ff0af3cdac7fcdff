import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverFlowEvent } from '../../../server/src/flows/driver.js';
import { parallelWaitsFlow } from '../../fixtures/durable/flows.js';
import { insertOrder, publishDefinition, seedTenant, startOrderFlow, testDeps } from '../../support/flow-fixture.js';
import { createTestDb, type TestDb } from '../../support/test-db.js';

let t: TestDb;
let tenant: string;
let deps: ReturnType<typeof testDeps>;
beforeAll(async () => {
  t = await createTestDb();
  deps = testDeps(t.knex);
  tenant = await seedTenant(t.knex, 'occ');
  await publishDefinition(t.knex, tenant, parallelWaitsFlow);
});
afterAll(() => t.drop());

describe('deliverFlowEvent under concurrency (optimistic revision)', () => {
  it('two events for one instance delivered at the same moment are both applied, none lost', async () => {
    for (let round = 0; round < 5; round++) {
      const order = await insertOrder(t.knex, tenant, { lines: [{ sku: 'X', qty: 1 }] });
      const instanceId = await startOrderFlow(deps, tenant, order, parallelWaitsFlow);
      const out = await Promise.all(
        ['paid', 'packed'].map((name) => deliverFlowEvent(deps, { tenantId: tenant, instanceId, event: { id: `${name}-1`, type: 'external', name } })),
      );
      expect(out.map((o) => o.ignored)).toEqual([undefined, undefined]);
      const inst = await t.knex('flow_instances').where({ tenant_id: tenant, id: instanceId }).first('status', 'revision');
      expect(inst).toEqual({ status: 'completed', revision: 3 });
      const events = await t.knex('flow_events').where({ tenant_id: tenant, instance_id: instanceId }).orderBy('revision').select('event_id', 'revision', 'ignored');
      expect(events.map((e) => [e.revision, e.ignored])).toEqual([[1, null], [2, null], [3, null]]);
    }
  });

  it('an event delivered inside a caller transaction that rolls back leaves no trace', async () => {
    const order = await insertOrder(t.knex, tenant, { lines: [{ sku: 'X', qty: 1 }] });
    const instanceId = await startOrderFlow(deps, tenant, order, parallelWaitsFlow);
    await t.knex
      .transaction(async (trx) => {
        await deliverFlowEvent(deps, { tenantId: tenant, instanceId, event: { id: 'paid-x', type: 'external', name: 'paid' } }, trx);
        throw new Error('caller fails');
      })
      .catch(() => {});
    expect(await t.knex('flow_instances').where({ id: instanceId }).first('revision')).toEqual({ revision: 1 });
    // The id was not consumed: delivering it now applies it.
    expect(await deliverFlowEvent(deps, { tenantId: tenant, instanceId, event: { id: 'paid-x', type: 'external', name: 'paid' } })).toEqual({ status: 'running' });
  });
});
