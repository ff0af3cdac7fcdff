import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import knex, { type Knex } from 'knex';
import { startEmbeddedPostgres } from '../../server/src/db/embedded.js';
import { migrateToLatest } from '../../server/src/db/migrate.js';
import { pushPushFlow } from '../fixtures/durable/flows.js';
import { insertOrder, publishDefinition, seedTenant, startOrderFlow, testDeps, waitFor } from '../support/flow-fixture.js';
import { startWorkerProcesses, type WorkerProcess } from '../support/worker-process.js';
import type { BenchResult } from './report.js';

/**
 * Durable execution throughput: flow commands executed per second by 1 and by 2 worker processes (concurrency 4
 * each) on one embedded PostgreSQL. Each instance runs 4 commands in sequence (ERP push, WMS push, set-status,
 * flow-completed), each a graphile-worker job whose result advances the flow in its own transaction.
 */
const INSTANCES = Number(process.env.BENCH_FLOW_INSTANCES ?? 250);
const COMMANDS_PER_INSTANCE = 4;

async function round(db: Knex, url: string, tenant: string, processes: number): Promise<number> {
  const workers: WorkerProcess[] = [];
  try {
    await startWorkerProcesses(workers, processes, url, { OMS_WORKER_CONCURRENCY: '4' });
    const deps = testDeps(db);
    const orders: Array<Awaited<ReturnType<typeof insertOrder>>> = [];
    for (let i = 0; i < INSTANCES; i++) orders.push(await insertOrder(db, tenant, { lines: [{ sku: 'X', qty: 1 }] }));
    const started = performance.now();
    // One transaction: every first job becomes visible at once, when it commits.
    await db.transaction(async () => {
      for (const o of orders) await startOrderFlow(deps, tenant, o, pushPushFlow);
    });
    const ids = orders.map((o) => o.id);
    await waitFor('all commands', async () => {
      const r = await db('flow_commands as c').join('flow_instances as i', function () {
        this.on('i.tenant_id', 'c.tenant_id').andOn('i.id', 'c.instance_id');
      }).where('c.tenant_id', tenant).whereIn('i.order_id', ids).where('c.status', 'done').count({ n: '*' });
      return Number(r[0].n) === INSTANCES * COMMANDS_PER_INSTANCE;
    }, 300_000);
    return (INSTANCES * COMMANDS_PER_INSTANCE) / ((performance.now() - started) / 1000);
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
  }
}

export async function run(): Promise<BenchResult[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'oms-bench-workers-'));
  const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), database: 'postgres' });
  const db = knex({ client: 'pg', connection: pg.url, pool: { min: 0, max: 10 } });
  try {
    await migrateToLatest(db);
    const tenant = await seedTenant(db, 'bench');
    await publishDefinition(db, tenant, pushPushFlow);
    await round(db, pg.url, tenant, 1); // warm-up (JIT, caches, graphile task rows)
    const one = await round(db, pg.url, tenant, 1);
    const two = await round(db, pg.url, tenant, 2);
    const details = { instances: INSTANCES, commandsPerInstance: COMMANDS_PER_INSTANCE, concurrencyPerProcess: 4, cores: os.cpus().length };
    return [
      { name: 'workers-1-process', ours: one, baseline: null, ratio: null, target: 'measured (commands/s)', pass: one > 0, unit: 'commands/s', details },
      {
        name: 'workers-2-processes',
        ours: two,
        baseline: one,
        ratio: two / one,
        // Both processes and PostgreSQL share the machine's cores: a second process adds no CPU here. The target
        // is that two processes do not lose throughput to contention between them (locks, revision conflicts).
        target: '>= 0.8x one process (same 2 cores as PostgreSQL)',
        pass: two / one >= 0.8,
        unit: 'commands/s',
        details,
      },
    ];
  } finally {
    await db.destroy();
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
