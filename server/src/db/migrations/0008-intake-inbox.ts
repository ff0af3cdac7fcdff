import type { Knex } from 'knex';
import type { Migration } from '../migrate.js';

/**
 * Intake, order console and inbox indexes.
 * - Console free text is a prefix match on number, external id, customer email and name: expression indexes
 *   with text_pattern_ops serve `lower(col) LIKE 'abc%'` (no extension needed on any PostgreSQL ≥ 14).
 * - The location filter is a semi-join on reservations by (tenant, location, order).
 * - The inbox lists open tasks claimed by a user; a task's history is its order's timeline (events name the task).
 */
export const migration: Migration = {
  name: '0008-intake-inbox',
  async up(knex: Knex) {
    await knex.raw(`
      CREATE INDEX orders_number_prefix ON orders (tenant_id, lower(number) text_pattern_ops);
      CREATE INDEX orders_external_prefix ON orders (tenant_id, lower(external_id) text_pattern_ops);
      CREATE INDEX orders_email_prefix ON orders (tenant_id, lower(customer_email) text_pattern_ops);
      CREATE INDEX orders_name_prefix ON orders (tenant_id, lower(customer_name) text_pattern_ops);
      CREATE INDEX orders_customer_id ON orders (tenant_id, customer_id, created_at DESC);
      CREATE INDEX stock_reservations_location_order ON stock_reservations (tenant_id, location_id, order_id);
      CREATE INDEX tasks_open_claimed ON tasks (tenant_id, claimed_by, due_at) WHERE status = 'open';

    `);
  },
  async down(knex: Knex) {
    await knex.raw(`
      DROP INDEX IF EXISTS tasks_open_claimed;
      DROP INDEX IF EXISTS stock_reservations_location_order;
      DROP INDEX IF EXISTS orders_customer_id;
      DROP INDEX IF EXISTS orders_name_prefix;
      DROP INDEX IF EXISTS orders_email_prefix;
      DROP INDEX IF EXISTS orders_external_prefix;
      DROP INDEX IF EXISTS orders_number_prefix;
    `);
  },
};
