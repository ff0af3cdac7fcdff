import type { CapabilitySpec, I18nText, JsonSchema } from '@oms/runtime';
import { manifestKeyFor } from '../plugins/packages/manifest-validate.js';
import type { PluginHost } from '../plugins/plugin-host.js';
import { isPlatformHost } from '../plugins/platform/platform-host.js';
import { DEMO_SPECS } from '../plugins/demo-specs.js';

export interface CapabilityItem {
  /** The id a flow's action node names: `<pluginId>.<manifest key>` (e.g. `tryton.push-sales-order`). */
  key: string;
  title: I18nText;
  input: JsonSchema;
  idempotent: boolean;
  plugin: { id: string; title: I18nText };
}

type Described = { spec?: Pick<CapabilitySpec, 'title' | 'input' | 'idempotent'>; pluginTitle?: I18nText };

const DEMO_PLUGIN_TITLE: I18nText = { en: 'Built-in demo', 'zh-CN': '内置演示' };

/** Manifests of the tenant's enabled installations, by plugin id (a package that no longer resolves is skipped). */
async function manifests(host: PluginHost, tenantId: string) {
  const out = new Map<string, { title: I18nText; capabilities: Record<string, CapabilitySpec> }>();
  if (!isPlatformHost(host)) return out;
  const { platform } = host;
  const rows = await platform.db('plugin_installations').where({ tenant_id: tenantId, enabled: true }).select('plugin_id', 'version');
  await Promise.all(rows.map(async (r: { plugin_id: string; version: string }) => {
    const pkg = await platform.catalog.resolve(tenantId, r.plugin_id, r.version).catch(() => undefined);
    if (pkg) out.set(r.plugin_id, { title: pkg.manifest.title, capabilities: pkg.manifest.capabilities });
  }));
  return out;
}

/**
 * What the flow engine can call for the tenant, described for the flow designer's picker. The ids are the plugin
 * host's own list (`capabilities(tenantId)`, the one the release check uses: enabled installations plus `demo.*`);
 * this only adds titles and input schemas from the manifests. An id without a description still shows.
 */
export async function listCapabilities(host: PluginHost | undefined, tenantId: string): Promise<CapabilityItem[]> {
  if (!host) return [];
  const [ids, byPlugin] = await Promise.all([host.capabilities(tenantId), manifests(host, tenantId)]);
  return [...ids].sort().map((key) => {
    const dot = key.indexOf('.');
    const pluginId = dot > 0 ? key.slice(0, dot) : key;
    const d: Described = pluginId === 'demo'
      ? { spec: DEMO_SPECS[key], pluginTitle: DEMO_PLUGIN_TITLE }
      : (() => {
          const m = byPlugin.get(pluginId);
          const k = m ? manifestKeyFor(m, key.slice(dot + 1)) : undefined;
          return { spec: k ? m!.capabilities[k] : undefined, pluginTitle: m?.title };
        })();
    return {
      key,
      title: d.spec?.title ?? { en: key },
      input: d.spec?.input ?? { type: 'object' },
      idempotent: d.spec?.idempotent ?? false,
      plugin: { id: pluginId, title: d.pluginTitle ?? { en: pluginId } },
    };
  });
}
