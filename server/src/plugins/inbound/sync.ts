import type { PullOutput } from '@oms/runtime';
import type { AppDeps } from '../../http/route-spec.js';
import { platformOf } from '../admin/platform-of.js';
import { addDeadLetter } from '../store/dead-letters.js';
import { itemKindOfCapability, takeIn } from './take-in.js';

export interface SyncJob {
  tenantId: string;
  installationId: string;
}

export interface SyncSummary {
  at: string;
  capabilities: Array<{ capability: string; pages: number; items: number; created: number; duplicates: number; deadLetters: number; cursor: string | null; error?: { code: string; message: string } }>;
}

/** Pages per capability and run; the next run (or "sync now") continues from the committed cursor. */
export const MAX_PAGES = 20;
const PAGE_SIZE = 100;

/**
 * Polling: every pull capability of the installation pages from its durable cursor. The cursor is committed only
 * after every item of the page was taken in, so a crash re-reads the page (overlap) and the order service's dedupe
 * (channel + external id; shipment external id) makes the repeat harmless. A refused item is dead-lettered and
 * does not block the cursor.
 */
export async function runSync(deps: AppDeps, job: SyncJob): Promise<SyncSummary | undefined> {
  const platform = platformOf(deps);
  const row = await platform.installation(job.tenantId, job.installationId);
  if (!row || !row.enabled) return undefined;
  const summary: SyncSummary = { at: new Date(deps.clock.now()).toISOString(), capabilities: [] };
  for (const capability of row.capabilities.filter((k) => itemKindOfCapability(k) !== 'ignored')) {
    const kind = itemKindOfCapability(capability);
    const where = { tenant_id: row.tenant_id, installation_id: row.id, capability };
    let cursor: string | null = (await deps.db('plugin_cursors').where(where).first('cursor'))?.cursor ?? null;
    const c: SyncSummary['capabilities'][number] = { capability, pages: 0, items: 0, created: 0, duplicates: 0, deadLetters: 0, cursor };
    summary.capabilities.push(c);
    for (let page = 0; page < MAX_PAGES; page++) {
      const out = await platform.run(row, { op: 'capability', capability, input: { cursor, limit: PAGE_SIZE }, idempotencyKey: `sync:${row.id}:${capability}:${cursor ?? ''}` });
      if (!out.ok) {
        c.error = { code: out.error.code, message: out.error.message };
        break;
      }
      const pulled = out.value as PullOutput;
      c.pages++;
      for (const [i, item] of (pulled.items ?? []).entries()) {
        c.items++;
        const defaultLocation = typeof row.config?.location === 'string' ? row.config.location : undefined;
        const r = await takeIn(deps, { tenantId: row.tenant_id, pluginId: row.plugin_id, kind, item, requestId: `sync:${row.id}:${page}:${i}`, defaultLocation });
        if (r.ok) r.created ? c.created++ : c.duplicates++;
        else {
          c.deadLetters++;
          await addDeadLetter(deps.db, { tenantId: row.tenant_id, installationId: row.id, pluginId: row.plugin_id, kind: 'intake', capability, payload: { kind, item }, error: { class: 'validation', code: r.code, message: r.message }, at: new Date(deps.clock.now()) });
        }
      }
      cursor = pulled.cursor ?? cursor;
      c.cursor = cursor;
      await deps.db('plugin_cursors').insert({ ...where, cursor, updated_at: new Date(deps.clock.now()) }).onConflict(['tenant_id', 'installation_id', 'capability']).merge(['cursor', 'updated_at']);
      if (!pulled.hasMore) break;
    }
  }
  await deps.db('plugin_health').insert({ tenant_id: row.tenant_id, installation_id: row.id, last_sync_at: new Date(deps.clock.now()), last_sync: JSON.stringify(summary) })
    .onConflict(['tenant_id', 'installation_id']).merge(['last_sync_at', 'last_sync']);
  return summary;
}
