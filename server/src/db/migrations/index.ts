import type { Migration } from '../migrate.js';
import { migration as m0001Foundation } from './0001-foundation.js';
import { migration as m0002Definitions } from './0002-definitions.js';
import { migration as m0003AuthHardening } from './0003-auth-hardening.js';
import { migration as m0004CatalogInventory } from './0004-catalog-inventory.js';
import { migration as m0005Orders } from './0005-orders.js';
import { migration as m0007DurableFlows } from './0007-durable-flows.js';
import { migration as m0008IntakeInbox } from './0008-intake-inbox.js';
import { migration as m0009DefinitionLifecycle } from './0009-definition-lifecycle.js';
import { migration as m0010ShipmentsReturns } from './0010-shipments-returns.js';
import { migration as m0011PluginPlatform } from './0011-plugin-platform.js';
import { migration as m0012Perf } from './0012-perf.js';
import { migration as m0013ReleasePolicy } from './0013-release-policy.js';
import { migration as m0014ShipToAddresses } from './0014-ship-to-addresses.js';
import { migration as m0016OrderImports } from './0016-order-imports.js';
import { migration as m0017EventPublish } from './0017-event-publish.js';
import { migration as m0018OrderSearch } from './0018-order-search.js';

/**
 * Ordered by number: knex applies them in this order and records each name once. Numbers are reserved per
 * piece of work so parallel branches never collide; a new migration takes the next free number.
 */
export const migrations: Migration[] = [
  m0001Foundation,
  m0002Definitions,
  m0003AuthHardening,
  m0004CatalogInventory,
  m0005Orders,
  m0007DurableFlows,
  m0008IntakeInbox,
  m0009DefinitionLifecycle,
  m0010ShipmentsReturns,
  m0011PluginPlatform,
  m0012Perf,
  m0013ReleasePolicy,
  m0014ShipToAddresses,
  m0016OrderImports,
  m0017EventPublish,
  m0018OrderSearch,
];
