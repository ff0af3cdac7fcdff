import type { Knex } from 'knex';
import type { Migration } from '../migrate.js';

/** Tenants, users, credentials, sessions, login throttling and the append-only audit log. */
export const migration: Migration = {
  name: '0001-foundation',
  async up(knex: Knex) {
    await knex.schema.createTable('tenants', (t) => {
      t.uuid('id').primary();
      t.text('slug').notNullable().unique();
      t.text('name').notNullable();
      t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    });
    await knex.schema.createTable('users', (t) => {
      t.uuid('tenant_id').notNullable().references('id').inTable('tenants');
      t.uuid('id').notNullable();
      t.text('email').notNullable();
      t.text('name').notNullable();
      t.text('role').notNullable();
      t.text('password_hash').notNullable();
      t.boolean('disabled').notNullable().defaultTo(false);
      t.timestamp('created_at', { useTz: true }).notNullable();
      t.timestamp('updated_at', { useTz: true }).notNullable();
      t.primary(['tenant_id', 'id']);
      t.unique(['tenant_id', 'email']);
      t.index(['email']); // login without a tenant slug looks the email up across tenants
    });
    await knex.raw(`ALTER TABLE users ADD CONSTRAINT users_role_check
      CHECK (role IN ('admin','analyst','approver','operator','customer'))`);
    await knex.raw(`ALTER TABLE users ADD CONSTRAINT users_email_lower CHECK (email = lower(email))`);
    await knex.schema.createTable('api_keys', (t) => {
      t.uuid('tenant_id').notNullable().references('id').inTable('tenants');
      t.uuid('id').notNullable();
      t.text('name').notNullable();
      t.text('role').notNullable();
      t.text('prefix').notNullable();
      t.text('key_hash').notNullable().unique();
      t.uuid('created_by');
      t.timestamp('created_at', { useTz: true }).notNullable();
      t.timestamp('last_used_at', { useTz: true });
      t.timestamp('revoked_at', { useTz: true });
      t.primary(['tenant_id', 'id']);
      t.foreign(['tenant_id', 'created_by']).references(['tenant_id', 'id']).inTable('users');
    });
    await knex.raw(`ALTER TABLE api_keys ADD CONSTRAINT api_keys_role_check
      CHECK (role IN ('admin','analyst','approver','operator','customer'))`);
    await knex.schema.createTable('sessions', (t) => {
      t.uuid('tenant_id').notNullable();
      t.uuid('id').notNullable();
      t.uuid('user_id').notNullable();
      t.text('token_hash').notNullable().unique();
      t.text('csrf_token').notNullable();
      t.timestamp('created_at', { useTz: true }).notNullable();
      t.timestamp('expires_at', { useTz: true }).notNullable();
      t.text('ip');
      t.text('user_agent');
      t.primary(['tenant_id', 'id']);
      t.foreign(['tenant_id', 'user_id']).references(['tenant_id', 'id']).inTable('users').onDelete('CASCADE');
      t.index(['tenant_id', 'user_id']);
    });
    // Pre-authentication: the tenant may not even exist, so this table is keyed by (ip, email) only.
    await knex.schema.createTable('login_attempts', (t) => {
      t.bigIncrements('id').primary();
      t.text('key').notNullable();
      t.timestamp('at', { useTz: true }).notNullable();
      t.index(['key', 'at']);
    });
    await knex.schema.createTable('audit_log', (t) => {
      t.uuid('tenant_id').notNullable().references('id').inTable('tenants');
      t.uuid('id').notNullable();
      t.timestamp('at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
      t.uuid('actor_id');
      t.text('action').notNullable();
      t.text('subject').notNullable();
      t.text('request_id').notNullable();
      t.text('ip');
      t.jsonb('details').notNullable().defaultTo('{}');
      t.primary(['tenant_id', 'id']);
      t.index(['tenant_id', 'action', 'id']);
    });
    await knex.raw(`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege'; END $$`);
    await knex.raw(`CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await knex.raw(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
  },
  async down(knex: Knex) {
    await knex.schema.dropTable('audit_log');
    await knex.raw('DROP FUNCTION audit_log_append_only()');
    await knex.schema.dropTable('login_attempts');
    await knex.schema.dropTable('sessions');
    await knex.schema.dropTable('api_keys');
    await knex.schema.dropTable('users');
    await knex.schema.dropTable('tenants');
  },
};
