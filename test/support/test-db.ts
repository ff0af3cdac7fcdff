import { randomUUID } from 'node:crypto';
import knex, { type Knex } from 'knex';
import { inject } from 'vitest';

export interface TestDb {
  url: string;
  knex: Knex;
  drop(): Promise<void>;
}

/** A fresh, migrated database for one test file: cloned from the run's template database. */
export async function createTestDb(): Promise<TestDb> {
  const adminUrl = inject('pgAdminUrl');
  const template = inject('pgTemplate');
  const name = `oms_t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = knex({ client: 'pg', connection: adminUrl });
  try {
    await admin.raw(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.destroy();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = knex({ client: 'pg', connection: url.toString(), pool: { min: 0, max: 10 } });
  return {
    url: url.toString(),
    knex: db,
    async drop() {
      await db.destroy();
      const a = knex({ client: 'pg', connection: adminUrl });
      try {
        await a.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await a.destroy();
      }
    },
  };
}
