import type { Knex } from 'knex';
import type { PluginManifest } from '@oms/runtime';
import { notFound } from '../../http/errors.js';
import { discoverBundled, type BundledPlugin } from '../packages/bundled.js';
import { packageDir } from '../packages/package-store.js';
import type { ResolvedPackage } from './platform-types.js';

export interface CatalogVersion {
  version: string;
  apiVersion: string;
  source: 'bundled' | 'uploaded';
  uploadedAt?: string;
  sha256?: string;
  manifest: PluginManifest;
}

/** Plugins bundled with the server (`plugins/*`, read once per process) plus the tenant's uploads. */
export function createCatalog(db: Knex, opts: { pluginsDir: string; dataDir: string }) {
  let bundled: Promise<BundledPlugin[]> | undefined;
  const loadBundled = () => (bundled ??= discoverBundled(opts.pluginsDir).then((r) => r.plugins));

  async function versions(tenantId: string): Promise<Map<string, CatalogVersion[]>> {
    const out = new Map<string, CatalogVersion[]>();
    const add = (id: string, v: CatalogVersion) => out.set(id, [...(out.get(id) ?? []), v]);
    for (const b of await loadBundled()) add(b.manifest.id, { version: b.manifest.version, apiVersion: b.manifest.apiVersion, source: 'bundled', manifest: b.manifest });
    const rows = await db('plugin_packages').where({ tenant_id: tenantId }).orderBy(['plugin_id', 'created_at']).select('plugin_id', 'version', 'manifest', 'sha256', 'created_at');
    for (const r of rows) {
      add(r.plugin_id, { version: r.version, apiVersion: r.manifest.apiVersion, source: 'uploaded', uploadedAt: new Date(r.created_at).toISOString(), sha256: r.sha256, manifest: r.manifest });
    }
    for (const list of out.values()) list.sort((a, b) => compareVersions(b.version, a.version));
    return out;
  }

  return {
    versions,
    async bundledVersions(): Promise<(id: string) => string[]> {
      const all = await loadBundled();
      return (id) => all.filter((b) => b.manifest.id === id).map((b) => b.manifest.version);
    },
    /** The package an installation runs: bundled first, then the tenant's upload of that exact version. */
    async resolve(tenantId: string, pluginId: string, version?: string): Promise<ResolvedPackage> {
      const list = (await versions(tenantId)).get(pluginId);
      const v = version ? list?.find((x) => x.version === version) : list?.[0];
      if (!v) throw notFound(version ? `Plugin ${pluginId} ${version}` : `Plugin ${pluginId}`);
      if (v.source === 'bundled') {
        const b = (await loadBundled()).find((x) => x.manifest.id === pluginId && x.manifest.version === v.version)!;
        return { manifest: b.manifest, dir: b.dir, source: 'bundled' };
      }
      return { manifest: v.manifest, dir: packageDir(opts.dataDir, v.sha256!), source: 'uploaded' };
    },
  };
}

export type Catalog = ReturnType<typeof createCatalog>;

/** Semantic-version order (numeric core, a pre-release sorts before its release). */
export function compareVersions(a: string, b: string): number {
  const [ca, pa] = a.split('+')[0]!.split(/-(.*)/s);
  const [cb, pb] = b.split('+')[0]!.split(/-(.*)/s);
  const na = ca!.split('.').map(Number);
  const nb = cb!.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (na[i] !== nb[i]) return (na[i] ?? 0) - (nb[i] ?? 0);
  if (pa === pb) return 0;
  if (pa === undefined) return 1;
  if (pb === undefined) return -1;
  return pa < pb ? -1 : 1;
}
