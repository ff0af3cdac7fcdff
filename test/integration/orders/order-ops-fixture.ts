import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { adjustStock } from '../../../server/src/inventory/stock-service.js';
import { startWorker, type AppWorker } from '../../../server/src/jobs/worker.js';
import { SYSTEM_ACTOR } from '../../../server/src/orders/timeline.js';
import { loadTemplate } from '../../../server/src/seed/templates.js';
import { Client, seedTenant, startTestApp, type TestApp } from '../http/support/harness.js';

const demo = path.resolve(import.meta.dirname, '../../../templates/demo');
export const loadDemo = (f: string) => JSON.parse(readFileSync(path.join(demo, f), 'utf8'));

export interface OpsWorld {
  t: TestApp;
  tenantId: string;
  operator: Client;
  worker: AppWorker;
  close(): Promise<void>;
}

/** The demo solution published, the demo locations and stock counted in (through the ledger), a live worker. */
export async function startOpsWorld(slug: string): Promise<OpsWorld> {
  const t = await startTestApp();
  const { tenantId } = await seedTenant(t.db, slug);
  await loadTemplate(t.db, t.clock, tenantId);
  for (const l of loadDemo('locations.json')) {
    await t.db('locations').insert({ tenant_id: tenantId, id: l.id, name: l.id, type: l.type, tags: l.tags, lat: l.lat, lon: l.lon, priority: l.priority, region: l.region });
  }
  const stock = loadDemo('stock.json') as Array<{ location: string; sku: string; onHand: number }>;
  for (const sku of new Set(stock.map((s) => s.sku))) await t.db('products').insert({ tenant_id: tenantId, sku, name: sku });
  await t.db.transaction(async (trx) => {
    for (const s of stock) await adjustStock(trx, { tenantId, location: s.location, sku: s.sku, set: s.onHand, reason: 'count', actor: SYSTEM_ACTOR });
  });
  const worker = await startWorker(t.app.deps, { concurrency: 2, pollIntervalMs: 50, cron: false });
  const operator = await Client.login(t.base, `operator@${slug}.test`, slug);
  return {
    t,
    tenantId,
    operator,
    worker,
    async close() {
      await worker.stop();
      await t.close();
    },
  };
}

/** A small demo order (routes at once, no approval): 10 drills and 25 bit sets to Columbus. */
export function smallOrder(extra: Record<string, unknown> = {}) {
  const base = loadDemo('sample-orders.json').find((o: { externalId: string }) => o.externalId === 'PO-1001');
  return { ...base, externalId: `PO-${randomUUID().slice(0, 8)}`, ...extra };
}

/** Place an order through the real intake pipeline. */
export async function placeOrder(c: Client, order: unknown): Promise<string> {
  const r = await c.request('POST', '/api/orders', { body: order, headers: { 'idempotency-key': randomUUID() } });
  if (r.status !== 201) throw new Error(`intake answered ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body.id;
}

/** Poll the order until `check` holds (bounded; no fixed sleeps). */
export async function waitForOrder(c: Client, id: string, check: (o: any) => boolean, what: string, timeoutMs = 20_000): Promise<any> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await c.get(`/api/orders/${id}`);
    if (r.status === 200 && check(r.body)) return r.body;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(r.body).slice(0, 600)}`);
    await new Promise((res) => setTimeout(res, 50));
  }
}
