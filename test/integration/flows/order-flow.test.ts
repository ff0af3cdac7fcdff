import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverFlowEvent } from '../../../server/src/flows/driver.js';
import { startWorker, type AppWorker } from '../../../server/src/jobs/worker.js';
import { approveRouteFlow, defaultRouting } from '../../fixtures/durable/flows.js';
import { assertConservation } from '../../support/conservation.js';
import { commandsOf, insertOrder, publishDefinition, seedTenant, settled, startOrderFlow, testDeps, waitFor } from '../../support/flow-fixture.js';
import { createTestDb, type TestDb } from '../../support/test-db.js';

let t: TestDb;
let worker: AppWorker;
let tenant: string;
let deps: ReturnType<typeof testDeps>;
beforeAll(async () => {
  t = await createTestDb();
  deps = testDeps(t.knex);
  tenant = await seedTenant(t.knex, 'flow', [['wh-a', 'SKU-1', 10]]);
  await publishDefinition(t.knex, tenant, approveRouteFlow);
  await publishDefinition(t.knex, tenant, defaultRouting);
  worker = await startWorker(deps, { concurrency: 2, cron: false, pollIntervalMs: 200 });
});
afterAll(async () => {
  await worker?.stop();
  await t.drop();
});

const pinned = { flow: { key: 'approve-route', version: 1 }, routing: { key: 'default-routing', version: 1 } };

describe('an order flow on real workers', () => {
  it('runs start → approval task → decision → route + reserve → ERP push → status → notify → end', async () => {
    const order = await insertOrder(t.knex, tenant, { lines: [{ sku: 'SKU-1', qty: 3 }], pinned });
    const instanceId = await startOrderFlow(deps, tenant, order, approveRouteFlow);

    const task = await waitFor('the approval task', () => t.knex('tasks').where({ tenant_id: tenant, order_id: order.id, status: 'open' }).first());
    expect(task).toMatchObject({ assignee_role: 'approver', node: 'credit' });
    expect((await t.knex('orders').where({ id: order.id }).first('status')).status).toBe('awaiting-approval');

    const decision = { id: `decision:${task.id}`, type: 'task-decided' as const, task: task.flow_task_id, action: 'approve' as const, by: 'u1' };
    expect(await deliverFlowEvent(deps, { tenantId: tenant, instanceId, event: decision })).toEqual({ status: 'running' });
    // The same decision delivered again (a client retry) changes nothing.
    expect(await deliverFlowEvent(deps, { tenantId: tenant, instanceId, event: decision })).toEqual({ ignored: 'flow.duplicate-event', status: 'running' });

    await waitFor('the flow and its commands to finish', settled(t.knex, tenant, instanceId));
    expect((await t.knex('flow_instances').where({ id: instanceId }).first('status')).status).toBe('completed');
    const o = await t.knex('orders').where({ id: order.id }).first();
    expect(o.status).toBe('allocated');
    expect(o.business_status).toBe('sent-to-erp');
    expect(o.plan).toMatchObject({ status: 'routed', routing: { key: 'default-routing', version: 1 }, shipments: [{ location: 'wh-a', lines: [{ sku: 'SKU-1', qty: 3 }] }] });
    expect(o.plan.trace.locations[0]).toMatchObject({ location: 'wh-a', selected: true });
    expect(await t.knex('stock_levels').where({ tenant_id: tenant, sku: 'SKU-1' }).first('reserved')).toEqual({ reserved: 3 });

    const calls = await t.knex('plugin_calls').where({ tenant_id: tenant }).select('capability', 'idempotency_key');
    expect(calls).toEqual([{ capability: 'demo.erp-push', idempotency_key: expect.stringMatching(new RegExp(`^${instanceId}:`)) }]);
    const cmds = await commandsOf(t.knex, tenant, instanceId);
    expect(cmds.map((c) => c.type).sort()).toEqual(['call-action', 'cancel-timer', 'create-task', 'flow-completed', 'notify', 'reserve-stock', 'set-status', 'set-timer'].sort());
    expect(cmds.every((c) => c.status === 'done')).toBe(true);
    expect(cmds.filter((c) => c.attempts > 1)).toEqual([]);

    const timeline = (await t.knex('order_events').where({ order_id: order.id }).orderBy('seq').select('type')).map((e) => e.type);
    for (const type of ['task-created', 'routed', 'business-status', 'notification', 'flow-completed']) expect(timeline).toContain(type);
    expect(await t.knex('flow_timers').where({ instance_id: instanceId }).select('status')).toEqual([{ status: 'cancelled' }]);
    await assertConservation(t.knex, tenant);
  });

  it('a rejected approval ends the flow without routing', async () => {
    const order = await insertOrder(t.knex, tenant, { lines: [{ sku: 'SKU-1', qty: 1 }], pinned });
    const instanceId = await startOrderFlow(deps, tenant, order, approveRouteFlow);
    const task = await waitFor('the approval task', () => t.knex('tasks').where({ order_id: order.id, status: 'open' }).first());
    await deliverFlowEvent(deps, { tenantId: tenant, instanceId, event: { id: 'reject-1', type: 'task-decided', task: task.flow_task_id, action: 'reject' } });
    await waitFor('the flow and its commands to finish', settled(t.knex, tenant, instanceId));
    expect(await t.knex('order_events').where({ order_id: order.id, type: 'flow-completed' }).first('data')).toEqual({ data: { status: 'completed', outcome: 'rejected' } });
    expect(await t.knex('orders').where({ id: order.id }).first('plan', 'status')).toEqual({ plan: null, status: 'rejected' });
  });
});
