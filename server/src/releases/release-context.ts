import { ROLES, type ReleaseContext } from '@oms/runtime';
import type { Db } from '../definitions/definition-store.js';
import type { PluginHost } from '../plugins/plugin-host.js';

/**
 * What a release is checked against, for one tenant: capabilities of its installed plugins (none without
 * a plugin host), the distinct tags and types of its locations, and the runtime's role list.
 */
export async function releaseContext(db: Db, pluginHost: PluginHost | undefined, tenantId: string): Promise<ReleaseContext> {
  const [capabilities, tags, types] = await Promise.all([
    pluginHost ? pluginHost.capabilities(tenantId) : Promise.resolve([]),
    db('locations').where({ tenant_id: tenantId }).distinct(db.raw('unnest(tags) AS tag')) as Promise<Array<{ tag: string }>>,
    db('locations').where({ tenant_id: tenantId }).distinct('type') as Promise<Array<{ type: string }>>,
  ]);
  return {
    capabilities: [...capabilities].sort(),
    locationTags: tags.map((r) => r.tag).sort(),
    locationTypes: types.map((r) => r.type).sort(),
    roles: [...ROLES],
  };
}
