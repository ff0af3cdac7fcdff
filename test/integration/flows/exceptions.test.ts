import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker, type AppWorker } from '../../../server/src/jobs/worker.js';
import { defaultRouting, flakyCallFlow, routeOnlyFlow } from '../../fixtures/durable/flows.js';
import { insertOrder, publishDefinition, seedTenant as seedStock, settled, startOrderFlow, waitFor } from '../../support/flow-fixture.js';
import { Client, seedTenant, startTestApp, type TestApp } from '../http/support/harness.js';

// Every command gets one attempt here, so a transient failure is final at once (the default is 8, with backoff).
process.env.OMS_COMMAND_MAX_ATTEMPTS = '1';

let app: TestApp;
let worker: AppWorker;
let tenant: string;
let operator: Client;
beforeAll(async () => {
  app = await startTestApp();
  tenant = (await seedTenant(app.db, 'exc')).tenantId;
  await seedStock(app.db, 'exc', [['wh-a', 'SKU-1', 5]]);
  await publishDefinition(app.db, tenant, routeOnlyFlow);
  await publishDefinition(app.db, tenant, flakyCallFlow);
  operator = await Client.login(app.base, 'operator@exc.test', 'exc');
  worker = await startWorker(app.app.deps, { concurrency: 2, cron: false, pollIntervalMs: 200 });
});
afterAll(async () => {
  await worker?.stop();
  await app.close();
});

const orderRow = (id: string) => app.db('orders').where({ tenant_id: tenant, id }).first('status', 'exception', 'plan');

describe('a permanently failed step puts the order in exception', () => {
  it('retry runs the failed command again once its cause is fixed', async () => {
    const order = await insertOrder(app.db, tenant, { lines: [{ sku: 'SKU-1', qty: 2 }] }); // pins no routing
    const instanceId = await startOrderFlow(app.app.deps, tenant, order, routeOnlyFlow);
    const exc = await waitFor('the exception', async () => ((await orderRow(order.id)).status === 'exception' ? orderRow(order.id) : false));
    expect(exc.exception).toMatchObject({ command: { instance: instanceId, type: 'reserve-stock', node: 'route' }, error: { code: 'route.no-routing' } });

    const approver = await Client.login(app.base, 'approver@exc.test', 'exc');
    expect((await approver.request('POST', `/api/orders/${order.id}/retry`, { body: {} })).status).toBe(403);

    // The operator fixes the cause (the order pins a routing now) and retries.
    const pinned = await publishDefinition(app.db, tenant, defaultRouting);
    await app.db('orders').where({ tenant_id: tenant, id: order.id }).update({ pinned: JSON.stringify({ routing: pinned }) });
    const r = await operator.request('POST', `/api/orders/${order.id}/retry`, { body: {} });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'received', commands: [{ instance: instanceId, type: 'reserve-stock' }] });

    await waitFor('the flow to finish', settled(app.db, tenant, instanceId));
    expect(await orderRow(order.id)).toMatchObject({ status: 'allocated', exception: null, plan: { status: 'routed' } });
    const again = await operator.request('POST', `/api/orders/${order.id}/retry`, { body: {} });
    expect([again.status, again.body.error.code]).toEqual([409, 'order.not-in-exception']);
  });

  it('skip takes the failed step’s failure path', async () => {
    const order = await insertOrder(app.db, tenant, { lines: [{ sku: 'SKU-1', qty: 1 }] });
    const instanceId = await startOrderFlow(app.app.deps, tenant, order, flakyCallFlow);
    const exc = await waitFor('the exception', async () => ((await orderRow(order.id)).status === 'exception' ? orderRow(order.id) : false));
    expect(exc.exception).toMatchObject({ command: { type: 'call-action', capability: 'demo.fail' }, error: { code: 'erp.timeout' } });

    const r = await operator.request('POST', `/api/orders/${order.id}/skip`, { body: {} });
    expect([r.status, r.body.status]).toEqual([200, 'received']);
    await waitFor('the flow to finish', settled(app.db, tenant, instanceId));
    const cmds = await app.db('flow_commands').where({ tenant_id: tenant, instance_id: instanceId }).orderBy('created_at').select('type', 'status');
    expect(cmds).toContainEqual({ type: 'call-action', status: 'skipped' });
    expect(await app.db('order_events').where({ order_id: order.id, type: 'flow-completed' }).first('data')).toEqual({ data: { status: 'completed', outcome: 'gave-up' } });
    expect(await app.db('plugin_calls').where({ tenant_id: tenant }).count({ n: '*' })).toEqual([{ n: '0' }]); // failures record nothing
  });

  it('an order that is not in exception cannot be retried or skipped', async () => {
    const order = await insertOrder(app.db, tenant, { lines: [{ sku: 'SKU-1', qty: 1 }] });
    const r = await operator.request('POST', `/api/orders/${order.id}/skip`, { body: {} });
    expect([r.status, r.body.error.code]).toEqual([409, 'order.not-in-exception']);
  });
});
