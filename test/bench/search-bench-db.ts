import { randomUUID } from 'node:crypto';
import knex, { type Knex } from 'knex';
import { v7 as uuidv7 } from 'uuid';
import { generateApiKey } from '../../server/src/auth/api-keys.js';
import { startEmbeddedPostgres, type EmbeddedDb } from '../../server/src/db/embedded.js';
import { migrateToLatest } from '../../server/src/db/migrate.js';
import { createUser, ensureTenant } from '../../server/src/users/users.js';

/** An operator API key of the tenant (through an enabled owner, as every key needs). */
export async function operatorKey(db: Knex, tenantId: string): Promise<string> {
  const owner = await createUser(db, { tenantId, email: `search-${randomUUID()}@example.com`, name: 'Search bench', role: 'operator', password: 'bench-password-1234' });
  const { key, prefix, hash } = generateApiKey();
  await db('api_keys').insert({ tenant_id: tenantId, id: uuidv7(), name: 'search-bench', role: 'operator', prefix, key_hash: hash, created_by: owner.id, created_at: new Date() });
  return key;
}

export interface SearchSides {
  pg: EmbeddedDb;
  small: { db: Knex; tenantId: string; key: string };
  large: { db: Knex; tenantId: string; key: string };
}

type Seed = (db: Knex, tenantId: string, from: number, to: number) => Promise<void>;

/**
 * `SEARCH_BENCH_DATA=<dir>`: the large side lives in a kept cluster (database `search`, tenant `bench`), migrated to
 * the current schema and seeded up to `large` orders only where it has fewer, so the 20-minute seed of 1 M orders
 * is paid once. The small side is rebuilt each run in the same cluster (database `search_small`).
 */
export async function persistedSides(dataDir: string, small: number, large: number, seed: Seed): Promise<SearchSides & { seedSeconds: number }> {
  const pg = await startEmbeddedPostgres({ dataDir, database: 'search' });
  const admin = knex({ client: 'pg', connection: pg.urlFor('postgres'), pool: { min: 0, max: 1 } });
  await admin.raw('DROP DATABASE IF EXISTS search_small');
  await admin.raw('CREATE DATABASE search_small');
  await admin.destroy();
  const open = async (url: string) => {
    const db = knex({ client: 'pg', connection: url, pool: { min: 0, max: 20 } });
    await migrateToLatest(db);
    const tenantId = (await ensureTenant(db, 'bench', 'Bench')).id;
    return { db, tenantId, key: await operatorKey(db, tenantId) };
  };
  const l = await open(pg.url);
  const s = await open(pg.urlFor('search_small'));
  await seed(s.db, s.tenantId, 1, small + 1);
  const [{ n }] = await l.db('orders').where({ tenant_id: l.tenantId }).count({ n: '*' });
  const t0 = performance.now();
  if (Number(n) < large) await seed(l.db, l.tenantId, Number(n) + 1, large + 1);
  return { pg, small: s, large: l, seedSeconds: (performance.now() - t0) / 1000 };
}
