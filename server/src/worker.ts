import knex from 'knex';
import pino from 'pino';
import { loadConfig } from './config.js';
import { createInProcessPluginHost } from './plugins/in-process-host.js';
import { createDefaultPlatformHost } from './plugins/platform/default-platform.js';
import type { AppDeps } from './http/route-spec.js';
import { startWorker } from './jobs/worker.js';

/**
 * `node server/dist/worker.js`: a worker process on its own (no HTTP), on the database in DATABASE_URL (already
 * migrated by the API). Concurrency: OMS_WORKER_CONCURRENCY (default 4). Stops cleanly on SIGINT/SIGTERM.
 */
async function main() {
  const config = loadConfig();
  if (!config.databaseUrl) throw new Error('DATABASE_URL is required for a worker process');
  const logger = pino({ level: config.logLevel });
  const concurrency = Number(process.env.OMS_WORKER_CONCURRENCY ?? 4);
  const db = knex({ client: 'pg', connection: config.databaseUrl, pool: { min: 0, max: concurrency + 2 } });
  const clock = { now: () => Date.now() };
  // OMS_DEMO_BLOCK: demo capabilities that hang after recording (crash tests only).
  const block = new Set((process.env.OMS_DEMO_BLOCK ?? '').split(',').filter(Boolean));
  const pluginHost = createDefaultPlatformHost({ db, clock, logger, dataDir: config.dataDir, inProcess: createInProcessPluginHost(db, { clock, block }) });
  const deps: AppDeps = { db, logger, config, clock, pluginHost };
  const worker = await startWorker(deps, { concurrency, cron: process.env.OMS_WORKER_CRON !== '0' });
  process.stdout.write(`worker ready (concurrency ${concurrency})\n`);
  const shutdown = async () => {
    await worker.stop();
    await pluginHost.close();
    await db.destroy();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

main().catch((err) => {
  process.stderr.write(`worker failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
