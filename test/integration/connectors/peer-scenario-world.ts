import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { adjustStock } from '../../../server/src/inventory/stock-service.js';
import { startWorker, type AppWorker } from '../../../server/src/jobs/worker.js';
import { SYSTEM_ACTOR } from '../../../server/src/orders/timeline.js';
import { loadTemplate } from '../../../server/src/seed/templates.js';
import { Client, seedTenant } from '../http/support/harness.js';
import { startPlatformApp, type PlatformApp } from '../plugins/platform-fixture.js';

const repoPlugins = path.resolve(import.meta.dirname, '../../../plugins');

export interface ScenarioWorld {
  t: PlatformApp;
  tenantId: string;
  admin: Client;
  worker?: AppWorker;
  install(pluginId: string, config: Record<string, unknown>, credentials?: Record<string, unknown>, extraHosts?: string[]): Promise<string>;
  startWorker(): Promise<AppWorker>;
  /** The x12-3pl installation's real folders (under the data folder, as the host gives them to the plugin). */
  files(installationId: string): { list(dir: string): Promise<string[]>; read(file: string): Promise<string>; drop(name: string, text: string): Promise<void> };
  close(): Promise<void>;
}

/**
 * The real app over a fresh database with the real plugin platform on the repository's `plugins/` (child
 * processes, encrypted credentials), the demo solution (review, flow, routing) published for one tenant, and one
 * location — the 3PL's warehouse — stocked with `stock` through the ledger. The worker starts when asked.
 */
export async function startScenarioWorld(slug: string, location: { id: string; lat: number; lon: number }, stock: Array<[sku: string, onHand: number]>): Promise<ScenarioWorld> {
  // Host retry waits are recorded, not slept (platform-fixture): the retry itself is real.
  const t = await startPlatformApp({ pluginsDir: repoPlugins });
  const { tenantId } = await seedTenant(t.db, slug);
  await loadTemplate(t.db, t.clock, tenantId);
  await t.db('locations').insert({ tenant_id: tenantId, id: location.id, name: location.id, type: 'warehouse', tags: [], lat: location.lat, lon: location.lon, priority: 1, region: 'uk' });
  await t.db('products').insert(stock.map(([sku]) => ({ tenant_id: tenantId, sku, name: sku })));
  await t.db.transaction(async (trx) => {
    for (const [sku, set] of stock) await adjustStock(trx, { tenantId, location: location.id, sku, set, reason: 'count', actor: SYSTEM_ACTOR });
  });
  const admin = await Client.login(t.base, `admin@${slug}.test`, slug);
  const w: ScenarioWorld = {
    t,
    tenantId,
    admin,
    async install(pluginId, config, credentials, extraHosts) {
      const r = await admin.post('/api/installations', { pluginId, config, ...(credentials ? { credentials } : {}), ...(extraHosts ? { extraHosts } : {}) });
      if (r.status !== 201) throw new Error(`install ${pluginId}: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body.id as string;
    },
    async startWorker() {
      w.worker = await startWorker(t.app.deps, { concurrency: 3, pollIntervalMs: 50, cron: false });
      return w.worker;
    },
    files(installationId) {
      const root = path.join(t.dataDir, 'plugin-files', tenantId, installationId);
      return {
        async list(dir) {
          try {
            return (await readdir(path.join(root, dir), { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name).sort();
          } catch {
            return [];
          }
        },
        read: (file) => readFile(path.join(root, file), 'utf8'),
        async drop(name, text) {
          await mkdir(path.join(root, 'inbound'), { recursive: true });
          // Written under a temporary name and renamed, as an SFTP drop would be: the plugin never reads half a file.
          await writeFile(path.join(root, 'inbound', `${name}.tmp`), text);
          await rename(path.join(root, 'inbound', `${name}.tmp`), path.join(root, 'inbound', name));
        },
      };
    },
    async close() {
      await w.worker?.stop();
      await t.close();
    },
  };
  return w;
}

/** Poll until `check` returns a value that is not undefined/false, or fail after `timeoutMs` (never a fixed sleep). */
export async function until<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v !== undefined && v !== false) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
