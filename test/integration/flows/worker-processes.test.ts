import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { oneCallFlow, pushPushFlow } from '../../fixtures/durable/flows.js';
import { insertOrder, publishDefinition, seedTenant, settled, startOrderFlow, testDeps, waitFor } from '../../support/flow-fixture.js';
import { createTestDb, type TestDb } from '../../support/test-db.js';
import { startWorkerProcesses, type WorkerProcess } from '../../support/worker-process.js';

let t: TestDb;
let tenant: string;
let deps: ReturnType<typeof testDeps>;
const procs: WorkerProcess[] = [];
const blockFlow = oneCallFlow('blocking-call', 'demo.block');
beforeAll(async () => {
  t = await createTestDb();
  deps = testDeps(t.knex); // no worker in this process: only the spawned ones run jobs
  tenant = await seedTenant(t.knex, 'procs');
  await publishDefinition(t.knex, tenant, pushPushFlow);
  await publishDefinition(t.knex, tenant, blockFlow);
});
afterEach(async () => {
  await Promise.all(procs.splice(0).map((p) => p.stop()));
});
afterAll(() => t.drop());

const count = async (q: Promise<Array<{ n: string }>>) => Number((await q)[0].n);

describe('worker processes on one database', () => {
  it('two processes execute every command of N instances exactly once', async () => {
    const N = 30;
    const instances: string[] = [];
    for (let i = 0; i < N; i++) instances.push(await startOrderFlow(deps, tenant, await insertOrder(t.knex, tenant, { lines: [{ sku: 'X', qty: 1 }] }), pushPushFlow));
    await startWorkerProcesses(procs, 2, t.url, { OMS_WORKER_CONCURRENCY: '4' });

    await waitFor(`${N} instances to finish`, async () => {
      for (const id of instances) if (!(await settled(t.knex, tenant, id)())) return false;
      return true;
    }, 60_000);
    // Per instance: erp push, wms push, set-status, flow-completed, each run once (attempts counts every execution).
    const cmds = await t.knex('flow_commands').where({ tenant_id: tenant }).whereIn('instance_id', instances).select('type', 'status', 'attempts');
    expect(cmds).toHaveLength(4 * N);
    expect(cmds.filter((c) => c.status !== 'done' || c.attempts !== 1)).toEqual([]);
    expect(await count(t.knex('plugin_calls').where({ tenant_id: tenant, capability: 'demo.erp-push' }).count({ n: '*' }))).toBe(N);
    expect(await count(t.knex('plugin_calls').where({ tenant_id: tenant, capability: 'demo.wms-push' }).count({ n: '*' }))).toBe(N);
    expect(await count(t.knex('order_events').where({ tenant_id: tenant, type: 'business-status' }).count({ n: '*' }))).toBe(N);
    expect(await count(t.knex('order_events').where({ tenant_id: tenant, type: 'flow-completed' }).count({ n: '*' }))).toBe(N);
  }, 240_000);

  it('a worker killed (SIGKILL) in the middle of a command: after a new worker starts, it completes exactly once', async () => {
    const order = await insertOrder(t.knex, tenant, { lines: [{ sku: 'X', qty: 1 }] });
    const instanceId = await startOrderFlow(deps, tenant, order, blockFlow);
    const [doomed] = await startWorkerProcesses(procs, 1, t.url, { OMS_DEMO_BLOCK: 'demo.block', OMS_WORKER_CONCURRENCY: '1' });
    // The call reached the "connector" (recorded) and the worker hangs before the result is stored.
    await waitFor('the blocked call', async () => (await t.knex('plugin_calls').where({ tenant_id: tenant, capability: 'demo.block' }).first()) ?? false);
    const locked = await t.knex.raw(`SELECT locked_by FROM graphile_worker._private_jobs WHERE locked_by IS NOT NULL`);
    expect(locked.rows).toHaveLength(1);
    await doomed.kill9();

    // graphile-worker frees a dead worker's jobs after its lock timeout; an operator (or this test) can free them now.
    await t.knex.raw(`SELECT graphile_worker.force_unlock_workers(?::text[])`, [[locked.rows[0].locked_by]]);
    await startWorkerProcesses(procs, 1, t.url, { OMS_WORKER_CONCURRENCY: '1' });
    await waitFor('the command to complete', settled(t.knex, tenant, instanceId), 30_000);

    const cmd = await t.knex('flow_commands').where({ tenant_id: tenant, instance_id: instanceId, type: 'call-action' }).first('status', 'attempts', 'result');
    expect(cmd).toMatchObject({ status: 'done', attempts: 2, result: { ok: true, status: 'already-applied' } });
    expect(await count(t.knex('plugin_calls').where({ tenant_id: tenant, capability: 'demo.block' }).count({ n: '*' }))).toBe(1);
    expect(await count(t.knex('flow_events').where({ tenant_id: tenant, instance_id: instanceId }).whereLike('event_id', '%:result').count({ n: '*' }))).toBe(1);
  }, 240_000);
});
