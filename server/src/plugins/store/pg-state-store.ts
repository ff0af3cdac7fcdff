import type { Knex } from 'knex';
import type { Clock } from '@oms/runtime';
import type { PluginStateStore } from '../host/runner-types.js';

/**
 * The plugins' key-value state in PostgreSQL (`plugin_state`), shared by every process. The runner names only the
 * installation; its tenant is looked up once (installation ids are unique across tenants) so every row stays
 * tenant-scoped. Expired keys read as absent.
 */
export function createPgStateStore(db: Knex, clock: Clock): PluginStateStore {
  const tenants = new Map<string, string>();
  async function tenantOf(installationId: string): Promise<string> {
    const known = tenants.get(installationId);
    if (known) return known;
    const row = await db('plugin_installations').where({ id: installationId }).first('tenant_id');
    if (!row) throw new Error(`plugin state: no installation ${installationId}`);
    tenants.set(installationId, row.tenant_id);
    return row.tenant_id as string;
  }
  return {
    async get(installationId, key) {
      const tenant_id = await tenantOf(installationId);
      const row = await db('plugin_state').where({ tenant_id, installation_id: installationId, key }).first('value', 'expires_at');
      if (!row || (row.expires_at && new Date(row.expires_at).getTime() <= clock.now())) return undefined;
      return row.value;
    },
    async set(installationId, key, value, ttlSeconds) {
      const tenant_id = await tenantOf(installationId);
      const now = clock.now();
      const row = {
        tenant_id, installation_id: installationId, key, value: JSON.stringify(value ?? null),
        expires_at: ttlSeconds ? new Date(now + ttlSeconds * 1000) : null, updated_at: new Date(now),
      };
      await db('plugin_state').insert(row).onConflict(['tenant_id', 'installation_id', 'key']).merge(['value', 'expires_at', 'updated_at']);
    },
    async delete(installationId, key) {
      const tenant_id = await tenantOf(installationId);
      await db('plugin_state').where({ tenant_id, installation_id: installationId, key }).delete();
    },
  };
}
