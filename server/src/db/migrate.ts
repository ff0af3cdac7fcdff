import type { Knex } from 'knex';
import { installJobSchema } from '../jobs/schema.js';
import { migrations } from './migrations/index.js';

/** One schema step, written in code so the build needs no migration folder on disk. */
export interface Migration {
  name: string;
  up(knex: Knex): Promise<void>;
  down(knex: Knex): Promise<void>;
}

const migrationSource: Knex.MigrationSource<Migration> = {
  getMigrations: async () => migrations,
  getMigrationName: (m) => m.name,
  getMigration: async (m) => m,
};

/** Our schema, then graphile-worker's own (schema `graphile_worker`, versioned by graphile itself). */
export async function migrateToLatest(knex: Knex): Promise<void> {
  await knex.migrate.latest({ migrationSource });
  await installJobSchema(knex);
}

/** Roll every applied migration back (tests prove the schema goes down to empty and up again). */
export async function rollbackAll(knex: Knex): Promise<void> {
  await knex.migrate.rollback({ migrationSource }, true);
}

export async function appliedMigrations(knex: Knex): Promise<string[]> {
  const [done] = (await knex.migrate.list({ migrationSource })) as [Array<{ name: string } | string>, unknown];
  return done.map((m) => (typeof m === 'string' ? m : m.name));
}
