import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';

/**
 * Peer databases live in the test run's PostgreSQL (the embedded one global-setup starts, or TEST_DATABASE_URL).
 * A peer's seeded state is prepared once per run as a template database; every test file clones it (< 0.5 s).
 */
const adminUrl = () => inject('pgAdminUrl');

export function dbUrl(name: string): string {
  const u = new URL(adminUrl());
  u.pathname = `/${name}`;
  return u.toString();
}

async function withAdmin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: adminUrl() });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/**
 * The template `name`, prepared by `prepare(url)` exactly once per run even when several test files ask at the
 * same time (a session advisory lock serialises them); `prepare` returns facts about the seed (ids, keys) that
 * are kept beside it and handed to every caller.
 */
export async function ensureTemplate<T>(name: string, prepare: (url: string) => Promise<T>): Promise<T> {
  return withAdmin(async (c) => {
    await c.query('CREATE TABLE IF NOT EXISTS oms_peer_templates (name text PRIMARY KEY, info jsonb NOT NULL)').catch(() => undefined);
    await c.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    try {
      const row = await c.query('SELECT info FROM oms_peer_templates WHERE name = $1', [name]);
      if (row.rowCount) return row.rows[0].info as T;
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${name}`);
      const info = await prepare(dbUrl(name));
      await c.query('INSERT INTO oms_peer_templates (name, info) VALUES ($1, $2)', [name, JSON.stringify(info)]);
      return info;
    } finally {
      await c.query('SELECT pg_advisory_unlock(hashtext($1))', [name]);
    }
  });
}

export interface ClonedDb {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export async function cloneDatabase(template: string, prefix: string): Promise<ClonedDb> {
  const name = `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  await withAdmin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return {
    name,
    url: dbUrl(name),
    drop: () => withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
