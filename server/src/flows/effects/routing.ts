import { createRoutingEngine, defaultRuleEngine, type RoutingDefinition, type RoutingEngine } from '@oms/runtime';
import type { Knex } from 'knex';
import { loadPublished } from '../definitions.js';
import { PermanentCommandError } from './context.js';

let engine: RoutingEngine | undefined;
export const routingEngine = () => (engine ??= createRoutingEngine({ rules: defaultRuleEngine() }));

export interface PinnedRef {
  key: string;
  version: number;
}

/**
 * The routing definition an order pinned at intake. `orders.pinned.routing` is `{key, version}` (or a list of
 * them when a flow names several); a route node naming a key the order did not pin uses the newest published
 * version of that key at the time of routing (recorded on the plan).
 */
export async function pinnedRouting(db: Knex.Transaction, tenantId: string, pinned: unknown, key?: string): Promise<RoutingDefinition & { version: number }> {
  const ref = pickRef((pinned as Record<string, unknown> | null)?.routing, key) ?? (key ? await latest(db, tenantId, key) : undefined);
  if (!ref) throw new PermanentCommandError('route.no-routing', 'The order pins no routing definition and the route node names none');
  return loadPublished<RoutingDefinition & { version: number }>(db, tenantId, 'routing', ref.key, ref.version);
}

function pickRef(v: unknown, key?: string): PinnedRef | undefined {
  const refs = (Array.isArray(v) ? v : v ? [v] : []) as PinnedRef[];
  return refs.find((r) => typeof r?.key === 'string' && Number.isInteger(r.version) && (!key || r.key === key));
}

async function latest(db: Knex.Transaction, tenantId: string, key: string): Promise<PinnedRef | undefined> {
  const row = await db('definition_heads').where({ tenant_id: tenantId, kind: 'routing', key }).where('latest_version', '>', 0).first('latest_version');
  return row ? { key, version: row.latest_version } : undefined;
}
