import path from 'node:path';
import type { Knex } from 'knex';
import { credentialContext } from '../crypto/credential-cipher.js';
import type { RunOp, RunOutcome, RunnablePlugin } from '../host/runner-types.js';
import { createCatalog, type Catalog } from './catalog.js';
import type { InstallationRow, PlatformOptions, ResolvedPackage } from './platform-types.js';
import { runWithPolicy } from './run-with-policy.js';

export interface PluginPlatform {
  options: PlatformOptions;
  db: Knex;
  catalog: Catalog;
  installation(tenantId: string, id: string): Promise<InstallationRow | undefined>;
  byPlugin(tenantId: string, pluginId: string): Promise<InstallationRow | undefined>;
  /** What the runner needs, with the credentials decrypted (never logged, never returned by the API). */
  runnable(row: InstallationRow): Promise<{ plugin: RunnablePlugin; pkg: ResolvedPackage }>;
  /** Breaker, host retries, health: one logical call of the installation. */
  run(row: InstallationRow, op: RunOp, opts?: { deadlineMs?: number }): Promise<RunOutcome>;
  /** Stop the installation's process (disable, upgrade, uninstall, new credentials): the next call starts fresh. */
  stop(installationId: string): Promise<void>;
}

export function createPluginPlatform(o: PlatformOptions): PluginPlatform {
  const catalog = createCatalog(o.db, { pluginsDir: o.pluginsDir, dataDir: o.dataDir });
  const platform: PluginPlatform = {
    options: o,
    db: o.db,
    catalog,
    installation: (tenantId, id) => o.db('plugin_installations').where({ tenant_id: tenantId, id }).first(),
    byPlugin: (tenantId, pluginId) => o.db('plugin_installations').where({ tenant_id: tenantId, plugin_id: pluginId }).first(),
    async runnable(row) {
      const pkg = await catalog.resolve(row.tenant_id, row.plugin_id, row.version);
      const credentials = row.credentials ? (await o.cipher()).decrypt(row.credentials, credentialContext(row.tenant_id, row.id)) : {};
      const plugin: RunnablePlugin = {
        installationId: row.id, tenantId: row.tenant_id, pluginId: row.plugin_id, version: row.version,
        dir: pkg.dir, manifest: pkg.manifest, config: row.config ?? {}, credentials,
        allowedHosts: [...new Set([...(pkg.manifest.allowedHosts ?? []), ...(row.extra_hosts ?? [])])],
        ...(pkg.manifest.files ? { filesRoot: path.join(o.dataDir, 'plugin-files', row.tenant_id, row.id) } : {}),
      };
      return { plugin, pkg };
    },
    async run(row, op, opts) {
      const { plugin } = await platform.runnable(row);
      return runWithPolicy(o, plugin, op, opts);
    },
    async stop(installationId) {
      await o.runner?.stop(installationId);
    },
  };
  return platform;
}
