import http from 'node:http';
import path from 'node:path';
import knex from 'knex';
import pino from 'pino';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { startEmbeddedPostgres, type EmbeddedDb } from './db/embedded.js';
import { migrateToLatest } from './db/migrate.js';
import { inProcessWorkerConcurrency, startWorker, type AppWorker } from './jobs/worker.js';
import { DEMO_PASSWORD, DEMO_ROLES, demoEmail, seedDemo } from './seed/demo.js';
import { loadTemplateIfEmpty } from './seed/templates.js';
import { seedDemoOperations } from './seed/demo-operations.js';

/** `npm start`: embedded PostgreSQL (demo mode) unless DATABASE_URL is set; API + built designer on PORT. */
async function main() {
  const config = loadConfig();
  const logger = pino({ level: config.logLevel });
  let embedded: EmbeddedDb | undefined;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(config.dataDir, 'pg'),
      log: (line) => logger.debug({ pg: line.trim() }, 'postgres'),
    });
    url = embedded.url;
  }
  const db = knex({ client: 'pg', connection: url, pool: { min: 0, max: 10 } });
  let seeded: Awaited<ReturnType<typeof seedDemo>> | undefined;
  let templatesLoaded = 0;
  try {
    await migrateToLatest(db);
    if (embedded) {
      seeded = await seedDemo(db);
      templatesLoaded = await loadTemplateIfEmpty(db, { now: () => Date.now() }, seeded.tenantId);
    }
  } catch (err) {
    // Leave no orphaned PostgreSQL behind when startup fails.
    await db.destroy();
    await embedded?.stop();
    throw err;
  }

  const app = createApp({ db, logger, config });
  // Demo orders go through the real pipeline (intake, flows, routing, shipments), so they need the app's deps.
  const demoOrders = seeded ? await seedDemoOperations(app.deps, seeded.tenantId) : 0;
  // The API process runs a worker of its own unless OMS_WORKERS=0 (then run `node server/dist/worker.js`).
  const concurrency = inProcessWorkerConcurrency();
  const worker: AppWorker | undefined = concurrency > 0 ? await startWorker(app.deps, { concurrency }) : undefined;
  const server = http.createServer(app.callback());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject); // e.g. EADDRINUSE
    server.listen(config.port, resolve);
  }).catch(async (err) => {
    await worker?.stop();
    await db.destroy();
    await embedded?.stop();
    throw err;
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.port;
  const lines = [`OMS Studio listening on http://localhost:${port}  (API docs: /api/docs)`];
  if (seeded) {
    lines.push(`Demo mode: embedded PostgreSQL in ${path.join(config.dataDir, 'pg')}${seeded.created ? ' (demo data seeded)' : ''}`);
    if (templatesLoaded) lines.push(`Starter solution loaded: ${templatesLoaded} published definitions (form, flow, routing, review)`);
    if (demoOrders) lines.push(`Demo orders: ${demoOrders} taken through the pipeline (allocated, shipped, held, awaiting approval, rejected)`);
    lines.push(`Demo logins (tenant "demo", password "${DEMO_PASSWORD}"): ${DEMO_ROLES.map(demoEmail).join(', ')}`);
  }
  process.stdout.write(lines.join('\n') + '\n');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const force = setTimeout(() => server.closeAllConnections(), 5000);
    await closed;
    clearTimeout(force);
    await worker?.stop();
    await db.destroy();
    await embedded?.stop(); // never kill the postgres child directly: stop() would then hang
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err) => {
  process.stderr.write(`OMS Studio failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
