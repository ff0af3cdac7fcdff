import type { Knex } from 'knex';
import type { Migration } from '../migrate.js';

/**
 * Auth hardening: one counter row per throttle key (checked and counted in one statement, replacing the
 * per-attempt log), the API key that acted on each audit row, and no key outliving its owner.
 */
export const migration: Migration = {
  name: '0003-auth-hardening',
  async up(knex: Knex) {
    // Pre-authentication, like login_attempts before it: keyed by `ip:…`, `pair:…` or `acct:…`, no tenant.
    await knex.schema.createTable('login_throttle', (t) => {
      t.text('key').primary();
      t.integer('hits').notNullable();
      t.timestamp('window_start', { useTz: true }).notNullable();
      t.timestamp('blocked_until', { useTz: true });
      // The decision of the last counting statement, so RETURNING can tell admitted from refused.
      t.boolean('admitted').notNullable();
      t.timestamp('updated_at', { useTz: true }).notNullable();
      t.index(['updated_at']); // the sweep
    });
    await knex.schema.dropTable('login_attempts');
    await knex.schema.alterTable('audit_log', (t) => {
      t.uuid('api_key_id');
    });
    // Keys without an owner, or whose owner is disabled, could never pass the new owner check: revoke them.
    await knex.raw(`UPDATE api_keys k SET revoked_at = now()
      WHERE k.revoked_at IS NULL AND (k.created_by IS NULL OR EXISTS (
        SELECT 1 FROM users u WHERE u.tenant_id = k.tenant_id AND u.id = k.created_by AND u.disabled))`);
    await knex.schema.alterTable('api_keys', (t) => {
      t.index(['tenant_id', 'created_by']);
    });
  },
  async down(knex: Knex) {
    await knex.schema.alterTable('api_keys', (t) => {
      t.dropIndex(['tenant_id', 'created_by']);
    });
    await knex.schema.alterTable('audit_log', (t) => {
      t.dropColumn('api_key_id');
    });
    await knex.schema.createTable('login_attempts', (t) => {
      t.bigIncrements('id').primary();
      t.text('key').notNullable();
      t.timestamp('at', { useTz: true }).notNullable();
      t.index(['key', 'at']);
    });
    await knex.schema.dropTable('login_throttle');
  },
};
