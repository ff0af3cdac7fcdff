import type { Knex } from 'knex';
import type { Migration } from '../migrate.js';

/**
 * Per-tenant release policy. `maker_checker`: the one who saved a draft last may not publish it (a second
 * person checks and publishes). No row means the defaults (off).
 */
export const migration: Migration = {
  name: '0013-release-policy',
  async up(knex: Knex) {
    await knex.raw(`
      CREATE TABLE release_policy (
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        maker_checker boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL,
        updated_by uuid,
        PRIMARY KEY (tenant_id)
      )
    `);
  },
  async down(knex: Knex) {
    await knex.raw('DROP TABLE IF EXISTS release_policy');
  },
};
