import type { AppDeps } from '../../http/route-spec.js';
import { addJob } from '../../jobs/queue.js';
import { platformOf } from '../admin/platform-of.js';
import { PLUGIN_TASKS } from '../plugin-task-names.js';
import { itemKindOfCapability } from './take-in.js';

/** Polling interval when the manifest names none. */
export const DEFAULT_POLL_SECONDS = 300;

/**
 * Cron (every minute): queue a sync for each enabled installation with a pull capability whose interval
 * (manifest `polling.intervalSeconds`) has passed since its last sync. The job key keeps one pending sync each.
 */
export async function pollSweep(deps: AppDeps): Promise<number> {
  const platform = platformOf(deps);
  const rows = await deps.db('plugin_installations as i')
    .leftJoin('plugin_health as h', function () {
      this.on('h.tenant_id', 'i.tenant_id').andOn('h.installation_id', 'i.id');
    })
    .where('i.enabled', true)
    .select('i.tenant_id', 'i.id', 'i.plugin_id', 'i.version', 'i.capabilities', 'h.last_sync_at');
  const now = deps.clock.now();
  let queued = 0;
  for (const r of rows) {
    if (!(r.capabilities as string[]).some((k) => itemKindOfCapability(k) !== 'ignored')) continue;
    const pkg = await platform.catalog.resolve(r.tenant_id, r.plugin_id, r.version).catch(() => undefined);
    if (!pkg) continue;
    const every = (pkg.manifest.polling?.intervalSeconds ?? DEFAULT_POLL_SECONDS) * 1000;
    if (r.last_sync_at && now - new Date(r.last_sync_at).getTime() < every) continue;
    await addJob(deps.db, PLUGIN_TASKS.sync, { tenantId: r.tenant_id, installationId: r.id }, { jobKey: `plugin-sync:${r.id}`, maxAttempts: 3 });
    queued++;
  }
  return queued;
}
