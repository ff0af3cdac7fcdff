import type { Knex } from 'knex';
import type { Migration } from '../migrate.js';

/**
 * The portal's address picker reads a customer's own previous ship-to addresses, newest first: without this
 * index that is a scan of the tenant's orders filtered by creator. Partial: orders without an address never match.
 */
export const migration: Migration = {
  name: '0014-ship-to-addresses',
  async up(knex: Knex) {
    await knex.raw(`CREATE INDEX orders_ship_to_by_creator ON orders (tenant_id, created_by, created_at DESC, id DESC)
                    WHERE ship_to IS NOT NULL`);
  },
  async down(knex: Knex) {
    await knex.raw('DROP INDEX IF EXISTS orders_ship_to_by_creator');
  },
};
