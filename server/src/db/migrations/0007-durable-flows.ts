import type { Knex } from 'knex';
import type { Migration } from '../migrate.js';

/**
 * Durable execution extras (graphile-worker's own schema is installed by migrateToLatest, not here).
 * - `plugin_calls`: what the in-process plugin host applied, one row per idempotency key, so a repeated call is
 *   `already-applied` and writes nothing (tests and the demo count rows to prove exactly-once).
 * - an index to find an order's failed commands (exception retry / skip).
 */
export const migration: Migration = {
  name: '0007-durable-flows',
  async up(knex: Knex) {
    await knex.raw(`
      CREATE TABLE plugin_calls (
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        idempotency_key text NOT NULL,
        capability text NOT NULL,
        input jsonb,
        result jsonb,
        at timestamptz NOT NULL,
        PRIMARY KEY (tenant_id, idempotency_key)
      );
      CREATE INDEX plugin_calls_capability ON plugin_calls (tenant_id, capability, at);
      CREATE INDEX flow_commands_status ON flow_commands (tenant_id, instance_id, status);
    `);
  },
  async down(knex: Knex) {
    await knex.raw(`
      DROP INDEX IF EXISTS flow_commands_status;
      DROP TABLE IF EXISTS plugin_calls;
    `);
  },
};
