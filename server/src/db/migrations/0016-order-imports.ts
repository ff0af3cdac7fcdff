import type { Knex } from 'knex';
import type { Migration } from '../migrate.js';

/** CSV order imports (`POST /api/imports?type=orders`) share the imports table and its cursor with the other types. */
export const migration: Migration = {
  name: '0016-order-imports',
  async up(knex: Knex) {
    await knex.raw(`
      ALTER TABLE imports DROP CONSTRAINT imports_type_check;
      ALTER TABLE imports ADD CONSTRAINT imports_type_check CHECK (type IN ('stock', 'products', 'locations', 'orders'));
    `);
  },
  async down(knex: Knex) {
    await knex.raw(`
      DELETE FROM imports WHERE type = 'orders';
      ALTER TABLE imports DROP CONSTRAINT imports_type_check;
      ALTER TABLE imports ADD CONSTRAINT imports_type_check CHECK (type IN ('stock', 'products', 'locations'));
    `);
  },
};
