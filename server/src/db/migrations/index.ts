import type { Migration } from '../migrate.js';
import { migration as foundation } from './0001-foundation.js';
import { migration as definitions } from './0002-definitions.js';

/** Ordered: knex applies them in this order and records each name once. */
export const migrations: Migration[] = [foundation, definitions];
