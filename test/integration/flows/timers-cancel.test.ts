import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverFlowEvent } from '../../../server/src/flows/driver.js';
import { fireDueTimers, fireTimer } from '../../../server/src/flows/timers.js';
import { startWorker, type AppWorker } from '../../../server/src/jobs/worker.js';
import { approveRouteFlow, cancellableFlow, defaultRouting } from '../../fixtures/durable/flows.js';
import { assertConservation } from '../../support/conservation.js';
import { insertOrder, manualClock, publishDefinition, seedTenant, settled, startOrderFlow, testDeps, waitFor } from '../../support/flow-fixture.js';
import { createTestDb, type TestDb } from '../../support/test-db.js';

let t: TestDb;
let worker: AppWorker;
let tenant: string;
const clock = manualClock();
let deps: ReturnType<typeof testDeps>;
let pinned: Record<string, unknown>;
beforeAll(async () => {
  t = await createTestDb();
  deps = testDeps(t.knex, clock);
  tenant = await seedTenant(t.knex, 'timers', [['wh-a', 'SKU-1', 10]]);
  await publishDefinition(t.knex, tenant, approveRouteFlow);
  await publishDefinition(t.knex, tenant, cancellableFlow);
  pinned = { routing: await publishDefinition(t.knex, tenant, defaultRouting) };
  worker = await startWorker(deps, { concurrency: 2, cron: false, pollIntervalMs: 200 });
});
afterAll(async () => {
  await worker?.stop();
  await t.drop();
});

const DAY = 24 * 3600_000;
const openTasks = (orderId: string) => t.knex('tasks').where({ tenant_id: tenant, order_id: orderId, status: 'open' }).select('assignee_role', 'flow_task_id');

describe('timers on the app clock', () => {
  it('a 24 h SLA escalates at +24 h, not at +24 h − 1 ms', async () => {
    const startedAt = clock.now();
    const order = await insertOrder(t.knex, tenant, { lines: [{ sku: 'SKU-1', qty: 1 }], pinned });
    const instanceId = await startOrderFlow(deps, tenant, order, approveRouteFlow);
    await waitFor('the approval task', async () => (await openTasks(order.id)).length === 1);
    const timer = await t.knex('flow_timers').where({ tenant_id: tenant, instance_id: instanceId }).first('timer_id', 'at', 'status');
    expect([new Date(timer.at).getTime(), timer.status]).toEqual([startedAt + DAY, 'pending']);

    clock.set(startedAt + DAY - 1);
    expect(await fireDueTimers(deps, { now: clock.now() })).toBe(0);
    // Delivered anyway (a job that ran early): the runtime refuses it and the due time comes back for rescheduling.
    expect(await fireTimer(deps, { tenantId: tenant, instanceId, timerId: timer.timer_id })).toBe(startedAt + DAY);
    expect(await openTasks(order.id)).toEqual([{ assignee_role: 'approver', flow_task_id: expect.any(String) }]);
    expect(await t.knex('flow_events').where({ instance_id: instanceId }).whereLike('event_id', 'timer:%').select('event_id')).toEqual([]);

    clock.set(startedAt + DAY);
    expect(await fireDueTimers(deps, { now: clock.now() })).toBe(1);
    await waitFor('the escalated task', async () => {
      const open = await openTasks(order.id);
      return open.length === 1 && open[0].assignee_role === 'admin';
    });
    expect((await t.knex('flow_timers').where({ instance_id: instanceId, timer_id: timer.timer_id }).first('status')).status).toBe('fired');
    expect(await t.knex('tasks').where({ order_id: order.id, status: 'cancelled' }).select('assignee_role')).toEqual([{ assignee_role: 'approver' }]);
    // Firing again (the sweep and the timer's own job racing) changes nothing.
    expect(await fireDueTimers(deps, { now: clock.now() })).toBe(0);
  });

  it('cancel runs the compensations newest first: ERP cancel, then the stock release', async () => {
    const order = await insertOrder(t.knex, tenant, { lines: [{ sku: 'SKU-1', qty: 4 }], pinned });
    const instanceId = await startOrderFlow(deps, tenant, order, cancellableFlow);
    await waitFor('the ERP push', async () => (await t.knex('plugin_calls').where({ tenant_id: tenant, capability: 'demo.erp-push' }).whereLike('idempotency_key', `${instanceId}:%`).first()) ?? false);
    await waitFor('commands to drain', async () => !(await t.knex('flow_commands').where({ instance_id: instanceId }).whereIn('status', ['pending', 'running']).first()));
    expect((await t.knex('stock_levels').where({ tenant_id: tenant, sku: 'SKU-1' }).first('reserved')).reserved).toBe(4);

    expect(await deliverFlowEvent(deps, { tenantId: tenant, instanceId, event: { id: 'cancel-1', type: 'cancel', by: 'operator', reason: 'customer asked' } })).toEqual({ status: 'cancelled' });
    const rev = (await t.knex('flow_instances').where({ id: instanceId }).first('revision')).revision;
    const undo = await t.knex('flow_commands').where({ instance_id: instanceId }).whereLike('command_id', `${rev}.%`).orderBy('command_id').select('type');
    expect(undo.map((c) => c.type)).toEqual(['compensate', 'release-stock', 'flow-completed']);

    await waitFor('the compensations', settled(t.knex, tenant, instanceId));
    expect((await t.knex('stock_levels').where({ tenant_id: tenant, sku: 'SKU-1' }).first('reserved')).reserved).toBe(0);
    expect(await t.knex('plugin_calls').where({ tenant_id: tenant, capability: 'demo.erp-cancel' }).whereLike('idempotency_key', `${instanceId}:%`).count({ n: '*' })).toEqual([{ n: '1' }]);
    expect((await t.knex('orders').where({ id: order.id }).first('status')).status).toBe('cancelled');
    await assertConservation(t.knex, tenant);
  });
});
