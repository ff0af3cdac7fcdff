import type { Migration } from '../migrate.js';
import { migration as foundation } from './0001-foundation.js';
import { migration as definitions } from './0002-definitions.js';
import { migration as catalogInventory } from './0004-catalog-inventory.js';
import { migration as orders } from './0005-orders.js';
import { migration as durableFlows } from './0007-durable-flows.js';
import { migration as intakeInbox } from './0008-intake-inbox.js';
import { migration as shipmentsReturns } from './0010-shipments-returns.js';

/**
 * Ordered: knex applies them in this order and records each name once. Numbers are reserved per piece of
 * work so parallel branches never collide: 0003 auth hardening, 0006 inventory extras, 0007 flow/worker
 * extras, 0008 intake extras, 0009 definition lifecycle, 0010 shipments and returns, 0011+ later work.
 */
export const migrations: Migration[] = [
  foundation,
  definitions,
  catalogInventory,
  orders,
  durableFlows,
  intakeInbox,
  shipmentsReturns,
];
