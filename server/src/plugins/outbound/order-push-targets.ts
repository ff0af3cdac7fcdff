import type { Knex } from 'knex';
import type { InstallationRow } from '../platform/platform-types.js';
import { manifestKeyFor } from '../packages/manifest-validate.js';
import { SALES_ORDER, SHIPPING_ORDER } from './order-push-names.js';

type Db = Knex | Knex.Transaction;

/** `autoPush: false` in an installation's config turns the automatic push off (default on). */
export const autoPushOn = (row: Pick<InstallationRow, 'config'>) => (row.config ?? {}).autoPush !== false;

/**
 * The locations a WMS installation serves: its config's `location` (the x12-3pl plugin's own field: "our location
 * id of the 3PL warehouse") and/or `locations` (a list, for a WMS that runs several of our locations).
 */
export function servedLocations(row: Pick<InstallationRow, 'config'>): string[] {
  const c = row.config ?? {};
  const one = typeof c.location === 'string' ? [c.location] : [];
  const many = Array.isArray(c.locations) ? c.locations.filter((l): l is string => typeof l === 'string') : [];
  return [...new Set([...one, ...many])];
}

/**
 * Capabilities (`<pluginId>.<key>`) that the order's pinned flow calls from its own action nodes: the flow pushes
 * itself (under its own idempotency keys), so the automatic push of that capability is skipped for the order.
 */
export async function flowPushes(db: Db, tenantId: string, pinned: unknown): Promise<Set<string>> {
  const ref = (pinned as { flow?: { key?: unknown; version?: unknown } } | null)?.flow;
  if (!ref || typeof ref.key !== 'string' || !Number.isInteger(ref.version)) return new Set();
  const row = await db('definitions').where({ tenant_id: tenantId, kind: 'flow', key: ref.key, version: ref.version }).first('body');
  const nodes = ((row?.body as { nodes?: unknown } | undefined)?.nodes ?? []) as Array<{ type?: unknown; config?: { capability?: unknown } }>;
  return new Set(nodes.filter((n) => n?.type === 'action' && typeof n.config?.capability === 'string').map((n) => n.config!.capability as string));
}

export interface PushTargets {
  sales: InstallationRow[];
  shipping: InstallationRow[];
}

/** The tenant's enabled installations with auto push on that provide a sales-order or shipping-order push. */
export async function pushTargets(db: Db, tenantId: string): Promise<PushTargets> {
  const rows: InstallationRow[] = await db('plugin_installations').where({ tenant_id: tenantId, enabled: true });
  const on = rows.filter(autoPushOn);
  return { sales: on.filter((r) => !!capabilityKey(r, SALES_ORDER)), shipping: on.filter((r) => !!capabilityKey(r, SHIPPING_ORDER)) };
}

/** The installation's manifest key for a standard capability (plain or namespaced), or undefined. */
export const capabilityKey = (row: Pick<InstallationRow, 'capabilities'>, standard: string) =>
  manifestKeyFor({ capabilities: Object.fromEntries(row.capabilities.map((k) => [k, {} as never])) }, standard);
