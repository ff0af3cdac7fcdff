import type { CallOutcome, CapabilityCall, PluginHost } from '../plugin-host.js';
import { manifestKeyFor } from '../packages/manifest-validate.js';
import type { PluginPlatform } from './platform.js';

export interface PlatformPluginHost extends PluginHost {
  platform: PluginPlatform;
  close(): Promise<void>;
}

export const isPlatformHost = (h: PluginHost | undefined): h is PlatformPluginHost =>
  !!h && typeof (h as Partial<PlatformPluginHost>).platform === 'object';

/** A push's answer (`applied` / `already-applied` / `rejected`) or any other output (pulls: `applied`). */
export function toCallOutcome(value: unknown): CallOutcome {
  const v = value as { status?: unknown; code?: unknown; reason?: unknown } | null;
  if (v && v.status === 'rejected') {
    return { ok: false, error: { class: 'permanent', code: typeof v.code === 'string' ? v.code : 'plugin.rejected', message: typeof v.reason === 'string' ? v.reason : 'The remote system rejected the request' } };
  }
  return { ok: true, status: v && v.status === 'already-applied' ? 'already-applied' : 'applied', result: value };
}

/**
 * The PluginHost of the app and the workers: `demo.*` stays in process (the demo seed and the tests rely on it);
 * `<pluginId>.<key>` goes to the tenant's enabled installation of that plugin through the runner.
 */
export function createPlatformPluginHost(platform: PluginPlatform, inProcess: PluginHost): PlatformPluginHost {
  const unknown = (capability: string): CallOutcome => ({ ok: false, error: { class: 'permanent', code: 'plugin.unknown-capability', message: `No installed plugin provides ${capability}` } });
  return {
    platform,
    async capabilities(tenantId) {
      const rows = await platform.db('plugin_installations').where({ tenant_id: tenantId, enabled: true }).select('plugin_id', 'capabilities');
      const installed = rows.flatMap((r) => (r.capabilities as string[]).map((k) => `${r.plugin_id}.${k}`));
      return [...(await inProcess.capabilities(tenantId)), ...installed].sort();
    },
    async call(req: CapabilityCall): Promise<CallOutcome> {
      const dot = req.capability.indexOf('.');
      const pluginId = dot > 0 ? req.capability.slice(0, dot) : '';
      if (pluginId === 'demo') return inProcess.call(req);
      const row = pluginId ? await platform.byPlugin(req.tenantId, pluginId) : undefined;
      if (!row || !row.enabled) return unknown(req.capability);
      const key = manifestKeyFor({ capabilities: Object.fromEntries(row.capabilities.map((k) => [k, {} as never])) }, req.capability.slice(dot + 1));
      if (!key) return unknown(req.capability);
      const out = await platform.run(row, { op: 'capability', capability: key, input: req.input, idempotencyKey: req.idempotencyKey }, req.deadlineMs ? { deadlineMs: req.deadlineMs } : {});
      return out.ok ? toCallOutcome(out.value) : { ok: false, error: out.error };
    },
    async close() {
      await platform.options.runner?.close();
    },
  };
}
