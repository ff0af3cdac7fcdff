import type { InstallationRow } from '../platform/platform-types.js';

/** The API shape of an installation. Credentials appear only as "set or not" and the names of the fields set. */
export function installationJson(r: InstallationRow, extra: { credentialFields?: string[]; title?: unknown } = {}) {
  return {
    id: r.id,
    pluginId: r.plugin_id,
    version: r.version,
    source: r.source,
    enabled: r.enabled,
    config: r.config ?? {},
    credentials: { set: r.credentials !== null, setAt: r.credentials_set_at ? new Date(r.credentials_set_at).toISOString() : null, fields: extra.credentialFields ?? [] },
    extraHosts: r.extra_hosts ?? [],
    capabilities: (r.capabilities ?? []).map((k) => `${r.plugin_id}.${k}`),
    revision: r.revision,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
    ...(extra.title ? { title: extra.title } : {}),
  };
}

export const installationSchema = {
  type: 'object',
  required: ['id', 'pluginId', 'version', 'source', 'enabled', 'config', 'credentials', 'extraHosts', 'capabilities', 'revision'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    pluginId: { type: 'string' },
    version: { type: 'string' },
    source: { enum: ['bundled', 'uploaded'] },
    enabled: { type: 'boolean' },
    config: { type: 'object' },
    credentials: {
      type: 'object',
      properties: { set: { type: 'boolean' }, setAt: { type: ['string', 'null'] }, fields: { type: 'array', items: { type: 'string' } } },
    },
    extraHosts: { type: 'array', items: { type: 'string' } },
    capabilities: { type: 'array', items: { type: 'string' }, description: 'capability ids `<pluginId>.<key>`' },
    revision: { type: 'integer' },
    createdAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
  },
} as const;
