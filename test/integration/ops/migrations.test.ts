import { randomUUID } from 'node:crypto';
import knex, { type Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { appliedMigrations, migrateToLatest, rollbackAll } from '../../../server/src/db/migrate.js';
import { migrations } from '../../../server/src/db/migrations/index.js';
import { createTestDb, type TestDb } from '../../support/test-db.js';

const names = migrations.map((m) => m.name);
const tables = async (db: Knex) =>
  (await db.raw(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).rows.map((r: any) => r.tablename);

let admin: Knex;
let empty: Knex;
const dbName = `oms_mig_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
beforeAll(async () => {
  admin = knex({ client: 'pg', connection: inject('pgAdminUrl') });
  await admin.raw(`CREATE DATABASE ${dbName}`);
  const url = new URL(inject('pgAdminUrl'));
  url.pathname = `/${dbName}`;
  empty = knex({ client: 'pg', connection: url.toString() });
});
afterAll(async () => {
  await empty.destroy();
  await admin.raw(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.destroy();
});

describe('migrations', () => {
  it('the template every test clones is fully migrated', async () => {
    const t: TestDb = await createTestDb();
    try {
      expect(await appliedMigrations(t.knex)).toEqual(names);
    } finally {
      await t.drop();
    }
  });

  it('migrate an empty database up, all the way down to empty, and up again', async () => {
    expect(names.slice(0, 2)).toEqual(['0001-foundation', '0002-definitions']);
    await migrateToLatest(empty);
    expect(await appliedMigrations(empty)).toEqual(names);
    const up = await tables(empty);
    for (const t of ['tenants', 'users', 'api_keys', 'sessions', 'login_throttle', 'audit_log']) expect(up).toContain(t);

    await rollbackAll(empty);
    expect(await appliedMigrations(empty)).toEqual([]);
    expect((await tables(empty)).filter((t: string) => !t.startsWith('knex_migrations'))).toEqual([]);
    const fns = await empty.raw(`SELECT proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE nspname = 'public'`);
    expect(fns.rows).toEqual([]);

    await migrateToLatest(empty);
    expect(await tables(empty)).toEqual(up);
    // Idempotent: a second start applies nothing new.
    await migrateToLatest(empty);
    expect(await appliedMigrations(empty)).toEqual(names);
  });

  it('every tenant-owned table has tenant_id first in its primary key', async () => {
    const rows = (
      await empty.raw(`
        SELECT c.relname AS table, a.attname AS first_col
        FROM pg_index i
        JOIN pg_class c ON c.oid = i.indrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = i.indkey[0]
        WHERE i.indisprimary`)
    ).rows as Array<{ table: string; first_col: string }>;
    const global = new Set(['tenants', 'login_throttle', 'knex_migrations', 'knex_migrations_lock']);
    const offenders = rows.filter((r) => !global.has(r.table) && r.first_col !== 'tenant_id');
    expect(offenders).toEqual([]);
  });
});
