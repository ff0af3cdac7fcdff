import type { Knex } from 'knex';
import pg from 'pg';
import { runMigrations } from 'graphile-worker';
import { silentLogger } from './log.js';

/** A pg pool for graphile-worker on the same database the knex instance uses. */
export function poolFromKnex(knex: Knex, max = 4): pg.Pool {
  const conn = knex.client.config.connection as string | pg.PoolConfig | undefined;
  if (!conn || typeof conn === 'function') throw new Error('jobs: the knex config needs a static connection');
  // knex keeps the password non-enumerable: copy it explicitly.
  const pool = new pg.Pool(typeof conn === 'string' ? { connectionString: conn, max } : { ...conn, password: conn.password, max });
  // An idle client losing its connection (database restart) must not crash the process; the pool reconnects.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  return pool;
}

/** Install or upgrade graphile-worker's own schema (`graphile_worker`); idempotent, safe on every start. */
export async function installJobSchema(knex: Knex): Promise<void> {
  const pgPool = poolFromKnex(knex, 1);
  try {
    await runMigrations({ pgPool, logger: silentLogger });
  } finally {
    await pgPool.end();
  }
}
