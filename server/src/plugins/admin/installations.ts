import type { Knex } from 'knex';
import { v7 as uuidv7 } from 'uuid';
import { writeAudit } from '../../audit/audit.js';
import { HttpError, notFound } from '../../http/errors.js';
import type { AuthInfo } from '../../http/route-spec.js';
import { credentialContext } from '../crypto/credential-cipher.js';
import type { PluginPlatform } from '../platform/platform.js';
import type { InstallationRow } from '../platform/platform-types.js';
import { checkAgainst } from './schema-check.js';

export interface Who {
  auth: AuthInfo;
  requestId: string;
  ip: string | null;
}

const audit = (db: Knex | Knex.Transaction, who: Who, action: string, id: string, details: object, at: Date) =>
  writeAudit(db, { tenantId: who.auth.tenantId, actorId: who.auth.userId, apiKeyId: who.auth.apiKeyId ?? null, action, subject: `installation:${id}`, requestId: who.requestId, ip: who.ip, details, at });

const HOST = /^[A-Za-z0-9.*-]+(:\d{1,5})?$/;
function checkHosts(hosts: string[] | undefined): void {
  hosts?.forEach((h, i) => {
    if (!HOST.test(h)) throw new HttpError(400, 'installation.bad-host', `"${h}" is not a host or host:port`, { path: `/extraHosts/${i}` });
  });
}

export async function loadInstallation(platform: PluginPlatform, tenantId: string, id: string): Promise<InstallationRow> {
  const row = await platform.installation(tenantId, id);
  if (!row) throw notFound('Installation');
  return row;
}

/** Install a plugin version for the tenant: config and credentials checked against its manifest, credentials sealed. */
export async function createInstallation(
  platform: PluginPlatform, who: Who,
  body: { pluginId: string; version?: string; config?: Record<string, unknown>; credentials?: Record<string, unknown>; enabled?: boolean; extraHosts?: string[] },
): Promise<InstallationRow> {
  const tenantId = who.auth.tenantId;
  const pkg = await platform.catalog.resolve(tenantId, body.pluginId, body.version).catch(() => {
    throw new HttpError(404, 'plugin.not-found', `No plugin ${body.pluginId}${body.version ? ` ${body.version}` : ''} in the catalog`, { path: body.version ? '/version' : '/pluginId' });
  });
  const config = body.config ?? {};
  checkAgainst(pkg.manifest.configSchema, config, '/config', 'installation.config-invalid');
  if (body.credentials) checkAgainst(pkg.manifest.credentialsSchema, body.credentials, '/credentials', 'installation.credentials-invalid');
  checkHosts(body.extraHosts);
  if (await platform.byPlugin(tenantId, body.pluginId)) {
    throw new HttpError(409, 'installation.exists', `${body.pluginId} is already installed for this tenant: upgrade it with PATCH`, { path: '/pluginId' });
  }
  const id = uuidv7();
  const at = new Date(platform.options.clock.now());
  const sealed = body.credentials ? (await platform.options.cipher()).encrypt(body.credentials, credentialContext(tenantId, id)) : null;
  return platform.db.transaction(async (trx) => {
    const [row] = await trx('plugin_installations')
      .insert({
        tenant_id: tenantId, id, plugin_id: body.pluginId, version: pkg.manifest.version, source: pkg.source, enabled: body.enabled ?? true,
        config: JSON.stringify(config), credentials: sealed, credentials_set_at: sealed ? at : null, extra_hosts: body.extraHosts ?? [],
        capabilities: Object.keys(pkg.manifest.capabilities), created_at: at, updated_at: at,
      })
      .onConflict(['tenant_id', 'plugin_id']).ignore()
      .returning('*');
    if (!row) throw new HttpError(409, 'installation.exists', `${body.pluginId} is already installed for this tenant`, { path: '/pluginId' });
    await trx('plugin_health').insert({ tenant_id: tenantId, installation_id: id });
    await audit(trx, who, 'installation.create', id, { pluginId: body.pluginId, version: pkg.manifest.version, credentialFields: Object.keys(body.credentials ?? {}) }, at);
    return row as InstallationRow;
  });
}

/** Config, enable / disable, upgrade (or downgrade) to another catalog version, extra hosts. No restart: the process stops, the next call starts the new one. */
export async function updateInstallation(
  platform: PluginPlatform, who: Who, id: string,
  body: { version?: string; config?: Record<string, unknown>; enabled?: boolean; extraHosts?: string[]; revision?: number },
): Promise<InstallationRow> {
  const tenantId = who.auth.tenantId;
  const row = await loadInstallation(platform, tenantId, id);
  if (body.revision !== undefined && body.revision !== row.revision) {
    throw new HttpError(409, 'installation.conflict', 'The installation changed since you loaded it', { path: '/revision', details: { revision: row.revision } });
  }
  const pkg = await platform.catalog.resolve(tenantId, row.plugin_id, body.version ?? row.version).catch(() => {
    throw new HttpError(404, 'plugin.not-found', `No version ${body.version} of ${row.plugin_id} in the catalog`, { path: '/version' });
  });
  const config = body.config ?? row.config ?? {};
  checkAgainst(pkg.manifest.configSchema, config, '/config', 'installation.config-invalid');
  checkHosts(body.extraHosts);
  const at = new Date(platform.options.clock.now());
  const updated = await platform.db.transaction(async (trx) => {
    const [u] = await trx('plugin_installations').where({ tenant_id: tenantId, id, revision: row.revision })
      .update({
        version: pkg.manifest.version, source: pkg.source, config: JSON.stringify(config), enabled: body.enabled ?? row.enabled,
        extra_hosts: body.extraHosts ?? row.extra_hosts, capabilities: Object.keys(pkg.manifest.capabilities), revision: row.revision + 1, updated_at: at,
      })
      .returning('*');
    if (!u) throw new HttpError(409, 'installation.conflict', 'The installation changed meanwhile', { path: '/revision' });
    const changes = { from: row.version, to: pkg.manifest.version, enabled: u.enabled, configKeys: Object.keys(config) };
    await audit(trx, who, row.version !== u.version ? 'installation.upgrade' : 'installation.update', id, changes, at);
    return u as InstallationRow;
  });
  await platform.stop(id);
  return updated;
}

export async function deleteInstallation(platform: PluginPlatform, who: Who, id: string): Promise<void> {
  const row = await loadInstallation(platform, who.auth.tenantId, id);
  const at = new Date(platform.options.clock.now());
  await platform.db.transaction(async (trx) => {
    await trx('plugin_installations').where({ tenant_id: who.auth.tenantId, id }).delete();
    await audit(trx, who, 'installation.delete', id, { pluginId: row.plugin_id, version: row.version }, at);
  });
  await platform.stop(id);
}

/**
 * Write-only credentials: merged into what is stored (send only what changes; `replace: true` drops the rest),
 * checked against the manifest's credentialsSchema, sealed with AES-256-GCM. The audit row names the fields only.
 */
export async function setCredentials(platform: PluginPlatform, who: Who, id: string, body: { credentials: Record<string, unknown>; replace?: boolean }): Promise<{ row: InstallationRow; fields: string[] }> {
  const tenantId = who.auth.tenantId;
  const row = await loadInstallation(platform, tenantId, id);
  const pkg = await platform.catalog.resolve(tenantId, row.plugin_id, row.version);
  const cipher = await platform.options.cipher();
  const context = credentialContext(tenantId, id);
  const merged = { ...(body.replace || !row.credentials ? {} : cipher.decrypt(row.credentials, context)), ...body.credentials };
  checkAgainst(pkg.manifest.credentialsSchema, merged, '/credentials', 'installation.credentials-invalid');
  const at = new Date(platform.options.clock.now());
  const updated = await platform.db.transaction(async (trx) => {
    const [u] = await trx('plugin_installations').where({ tenant_id: tenantId, id })
      .update({ credentials: cipher.encrypt(merged, context), credentials_set_at: at, revision: row.revision + 1, updated_at: at })
      .returning('*');
    await audit(trx, who, 'installation.credentials', id, { fields: Object.keys(body.credentials).sort(), replace: !!body.replace }, at);
    return u as InstallationRow;
  });
  await platform.stop(id); // a running process holds the old secrets
  return { row: updated, fields: Object.keys(merged).sort() };
}

/** Names of the credential fields set (decrypting to count them, never to show them). */
export async function credentialFields(platform: PluginPlatform, row: InstallationRow): Promise<string[]> {
  if (!row.credentials) return [];
  return Object.keys((await platform.options.cipher()).decrypt(row.credentials, credentialContext(row.tenant_id, row.id))).sort();
}
