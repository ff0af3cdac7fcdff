import type { Knex } from 'knex';
import type { Migration } from '../migrate.js';

/**
 * Definition lifecycle: `definition_heads.revision` counts saves of the draft. The editor sends back the
 * revision it loaded (If-Match / `revision`); a save whose revision is not the current one is a 409, so
 * autosave and two analysts never silently overwrite each other. The head row is already locked FOR
 * UPDATE by every save and publish, so compare-and-increment needs no extra lock.
 */
export const migration: Migration = {
  name: '0009-definition-lifecycle',
  async up(knex: Knex) {
    await knex.raw(`ALTER TABLE definition_heads ADD COLUMN revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1)`);
  },
  async down(knex: Knex) {
    await knex.raw(`ALTER TABLE definition_heads DROP COLUMN revision`);
  },
};
