import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../support/test-db.js';

/**
 * Citus-ready schema (issue 8, "Scale and schema"): read from the migrated database itself, so tables added by
 * later migrations are checked without touching this file. Every public table except the declared global ones
 * has tenant_id as the first primary-key column, and every foreign key carries tenant_id to tenant_id.
 */
const GLOBAL: Record<string, string> = {
  tenants: 'the distribution key itself (a Citus reference table)',
  knex_migrations: 'migration bookkeeping',
  knex_migrations_lock: 'migration bookkeeping',
  login_attempts: 'pre-authentication throttle keyed by IP/email, before any tenant is known',
  login_throttle: 'pre-authentication throttle (replaces login_attempts)',
};
const EXEMPT = new Set(Object.keys(GLOBAL));

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.drop());

async function tables(): Promise<string[]> {
  const { rows } = await t.knex.raw(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1`,
  );
  return rows.map((r: { name: string }) => r.name).filter((n: string) => !EXEMPT.has(n));
}

async function primaryKeyOffenders() {
  const { rows } = await t.knex.raw(
    `SELECT c.relname AS table, (SELECT a.attname FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum = con.conkey[1]) AS first_pk_column
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_constraint con ON con.conrelid = c.oid AND con.contype = 'p'
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1`,
  );
  return rows.filter((r: { table: string; first_pk_column: string | null }) => !EXEMPT.has(r.table) && r.first_pk_column !== 'tenant_id');
}

async function foreignKeys() {
  const { rows } = await t.knex.raw(
    `SELECT con.conname, c.relname AS table, f.relname AS references,
            ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.i)::text[] AS columns,
            ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.i)::text[] AS ref_columns
       FROM pg_constraint con
       JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_class f ON f.oid = con.confrelid
      WHERE con.contype = 'f' AND n.nspname = 'public' ORDER BY 1`,
  );
  return rows as Array<{ conname: string; table: string; references: string; columns: string[]; ref_columns: string[] }>;
}

async function foreignKeyOffenders() {
  return (await foreignKeys()).filter((r) => {
    if (EXEMPT.has(r.table)) return false;
    // A reference to the tenants table itself is tenant_id → tenants.id.
    if (r.references === 'tenants') return !(r.columns.length === 1 && r.columns[0] === 'tenant_id');
    const i = r.columns.indexOf('tenant_id');
    return i < 0 || r.ref_columns[i] !== 'tenant_id';
  });
}

describe('schema conventions', () => {
  it('sees the tables of every migration (the check is not vacuous)', async () => {
    expect(await tables()).toEqual(expect.arrayContaining(['users', 'definitions', 'stock_levels', 'stock_movements', 'orders', 'imports']));
    expect((await foreignKeys()).length).toBeGreaterThan(5);
  });

  it('the tables exempt as global really hold no tenant data (no tenant_id column)', async () => {
    const { rows } = await t.knex.raw(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'tenant_id' AND table_name = ANY(?)`,
      [[...EXEMPT]],
    );
    expect(rows).toEqual([]);
  });

  it('every tenant table has a primary key starting with tenant_id', async () => {
    expect(await primaryKeyOffenders()).toEqual([]);
  });

  it('every foreign key includes tenant_id, matched to tenant_id', async () => {
    expect(await foreignKeyOffenders()).toEqual([]);
  });

  it('catches a table that breaks them', async () => {
    await t.knex.raw(`
      CREATE TABLE zz_bad_parent (id uuid PRIMARY KEY, tenant_id uuid NOT NULL, UNIQUE (tenant_id, id));
      CREATE TABLE zz_bad_child (tenant_id uuid NOT NULL, id uuid NOT NULL, parent uuid REFERENCES zz_bad_parent (id),
        other uuid, PRIMARY KEY (tenant_id, id), FOREIGN KEY (other, tenant_id) REFERENCES zz_bad_parent (tenant_id, id))`);
    try {
      expect((await primaryKeyOffenders()).map((r: { table: string }) => r.table)).toEqual(['zz_bad_parent']);
      expect((await foreignKeyOffenders()).map((r) => r.table)).toEqual(['zz_bad_child', 'zz_bad_child']);
    } finally {
      await t.knex.raw('DROP TABLE zz_bad_child; DROP TABLE zz_bad_parent');
    }
  });
});
