import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollSweep } from '../../../server/src/plugins/inbound/poll-sweep.js';
import { runSync } from '../../../server/src/plugins/inbound/sync.js';
import { pushStock } from '../../../server/src/plugins/outbound/push-stock.js';
import { Client, seedTenant } from '../http/support/harness.js';
import { startPlatformApp, type PlatformApp } from './platform-fixture.js';

let t: PlatformApp;
let a: Client;
let tenantId: string;
let id: string;

const syncJobs = async () =>
  (await t.db.raw(`SELECT j.key FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks k ON k.id = j.task_id WHERE k.identifier = 'plugin-sync'`)).rows.map((r: any) => r.key);
const call = (input: unknown, key: string) => t.host.call({ tenantId, capability: 'p2-shop.push-stock', input, idempotencyKey: key });
const patch = (body: unknown) => a.request('PATCH', `/api/installations/${id}`, { body });

beforeAll(async () => {
  // Breaker: 3 consecutive failures open it, 30 s cool-down; one host attempt per call keeps the counts exact.
  t = await startPlatformApp({ breaker: { failureThreshold: 3, coolDownMs: 30_000 }, retry: { attempts: 1, baseDelayMs: 100, maxDelayMs: 1000 } });
  tenantId = (await seedTenant(t.db, 'poll-a')).tenantId;
  a = await Client.login(t.base, 'admin@poll-a.test', 'poll-a');
  const r = await a.post('/api/installations', { pluginId: 'p2-shop', config: { orderCount: 5, overlap: 1 }, credentials: { apiKey: 'k' } });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  id = r.body.id;
});
afterAll(() => t.close());

describe('polling with a durable cursor', () => {
  it('sync now queues one job per installation', async () => {
    const r = await a.post(`/api/installations/${id}/sync`);
    expect([r.status, r.body]).toEqual([202, { queued: true, jobKey: `plugin-sync:${id}` }]);
    await a.post(`/api/installations/${id}/sync`);
    expect(await syncJobs()).toEqual([`plugin-sync:${id}`]);
  });

  it('pages to the end with overlap; repeated items are deduped; the cursor is stored', async () => {
    const s = await runSync(t.app.deps, { tenantId, installationId: id });
    // pages of 2 with 1 item overlap: [0,1] [1,2] [2,3] [3,4] → 8 items, 5 orders, 3 duplicates
    expect(s!.capabilities).toEqual([
      { capability: 'pull-orders', pages: 4, items: 8, created: 5, duplicates: 3, deadLetters: 0, cursor: '5' },
      { capability: 'pull-stock', pages: 1, items: 0, created: 0, duplicates: 0, deadLetters: 0, cursor: null },
    ]);
    expect((await t.db('orders').where({ tenant_id: tenantId }).pluck('external_id')).sort()).toEqual(['P2-0', 'P2-1', 'P2-2', 'P2-3', 'P2-4']);
    expect(await t.db('plugin_cursors').where({ installation_id: id, capability: 'pull-orders' }).first('capability', 'cursor')).toEqual({ capability: 'pull-orders', cursor: '5' });
  });

  it('the next sync continues from the cursor: new orders only', async () => {
    await patch({ config: { orderCount: 7, overlap: 1 } });
    const s = await runSync(t.app.deps, { tenantId, installationId: id });
    expect(s!.capabilities[0]).toMatchObject({ items: 2, created: 2, duplicates: 0, cursor: '7' });
  });

  it('the minute sweep queues a sync only once the manifest interval (60 s) has passed', async () => {
    await t.db.raw(`DELETE FROM graphile_worker._private_jobs`);
    expect(await pollSweep(t.app.deps)).toBe(0);
    t.clock.advance(61_000);
    expect(await pollSweep(t.app.deps)).toBe(1);
    expect(await syncJobs()).toEqual([`plugin-sync:${id}`]);
  });
});

describe('circuit breaker, dead letters, health', () => {
  it('opens after 3 consecutive failures; then answers without calling the plugin', async () => {
    await patch({ config: { mode: 'down' } });
    for (let i = 0; i < 3; i++) expect(await call({ levels: [] }, `down-${i}`)).toMatchObject({ ok: false, error: { class: 'retryable', code: 'plugin.retryable' } });
    const h = (await a.get(`/api/installations/${id}/health`)).body;
    expect(h).toMatchObject({ circuit: 'open', consecutiveFailures: 3, lastError: { class: 'retryable' } });
    const refused = await call({ levels: [] }, 'down-3');
    expect(refused).toMatchObject({ ok: false, error: { code: 'plugin.circuit-open', retryAfterMs: 30_000 } });
    expect((await a.get(`/api/installations/${id}/health`)).body.consecutiveFailures).toBe(3); // nothing ran
  });

  it('half-opens after the cool-down: one trial; a failed trial opens it again', async () => {
    t.clock.advance(30_001);
    expect(await call({ levels: [] }, 'trial-1')).toMatchObject({ ok: false, error: { code: 'plugin.retryable' } });
    expect((await a.get(`/api/installations/${id}/health`)).body.circuit).toBe('open');
    expect(await call({ levels: [] }, 'trial-2')).toMatchObject({ error: { code: 'plugin.circuit-open' } });
  });

  it('a final failed push is dead-lettered; after the fix a successful trial closes the circuit and replay applies it', async () => {
    await t.db('products').insert({ tenant_id: tenantId, sku: 'P2-SKU', name: 'P2' }).onConflict(['tenant_id', 'sku']).ignore();
    t.clock.advance(30_001);
    expect(await pushStock(t.app.deps, { tenantId, installationId: id, sku: 'P2-SKU' }, { final: true })).toBe('failed');
    const [letter] = (await a.get(`/api/dead-letters?installation=${id}&status=open`)).body.items.filter((l: any) => l.kind === 'capability');
    expect(letter).toMatchObject({ capability: 'push-stock', payload: { input: { levels: [{ sku: 'P2-SKU', available: 0 }] } } });
    await patch({ config: { mode: 'ok' } });
    t.clock.advance(30_001);
    const replayed = await a.post(`/api/dead-letters/${letter.id}/replay`);
    expect(replayed.body, JSON.stringify(replayed.body)).toMatchObject({ status: 'replayed', attempts: 2, replayResult: { ok: true } });
    const h = (await a.get(`/api/installations/${id}/health`)).body;
    expect(h).toMatchObject({ circuit: 'closed', consecutiveFailures: 0 });
    expect(h.lastSuccessAt).not.toBeNull();
    const pushed = await t.db('plugin_state').where({ installation_id: id }).pluck('key');
    expect(pushed).toEqual([`stock:${letter.idempotencyKey}`]);
    // A second replay of the same push is already-applied at the plugin (same idempotency key).
    expect((await a.post(`/api/dead-letters/${letter.id}/replay`)).body.status).toBe('replayed');
    expect(await t.db('plugin_state').where({ installation_id: id }).count('* as n')).toEqual([{ n: '1' }]);
  });

  it('health shows last success, last error, circuit, queue depth and the last sync', async () => {
    const h = (await a.get(`/api/installations/${id}/health`)).body;
    expect(h).toMatchObject({ enabled: true, circuit: 'closed', queueDepth: { jobs: 1, webhooks: 0, deadLetters: 0 }, lastSync: { capabilities: expect.arrayContaining([expect.objectContaining({ capability: 'pull-orders', cursor: '7' })]) } });
    expect(h.lastErrorAt).not.toBeNull();
    expect(h.lastSyncAt).not.toBeNull();
    expect(h.cursors).toEqual(expect.arrayContaining([expect.objectContaining({ capability: 'pull-orders', cursor: '7' })]));
  });

  it('a stock change queues a debounced push per SKU (one pending job per installation + SKU)', async () => {
    await t.db('locations').insert({ tenant_id: tenantId, id: 'p2-dc', name: 'DC', type: 'warehouse' }).onConflict(['tenant_id', 'id']).ignore();
    for (const qty of [5, 3]) {
      const r = await a.request('POST', '/api/stock/adjustments', { body: { location: 'p2-dc', sku: 'P2-SKU', bucket: 'on_hand', delta: qty, reason: 'count' } });
      expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
    }
    const jobs = await t.db.raw(`SELECT j.key, j.payload FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks k ON k.id = j.task_id WHERE k.identifier = 'plugin-push-stock'`);
    expect(jobs.rows).toEqual([{ key: `push-stock:${id}:P2-SKU`, payload: { tenantId, installationId: id, sku: 'P2-SKU' } }]);
    expect(await pushStock(t.app.deps, { tenantId, installationId: id, sku: 'P2-SKU' })).toBe('pushed');
    const pushes = await t.db('plugin_state').where({ installation_id: id }).select('value');
    expect(pushes.map((p) => p.value.levels[0].available).sort()).toEqual([0, 8]);
  });

  it('an ERP stock pull sets on hand at the configured location (a movement records it), and a bad one is dead-lettered', async () => {
    await patch({ config: { stockOnHand: 2, location: 'p2-dc' } });
    const s = await runSync(t.app.deps, { tenantId, installationId: id });
    expect(s!.capabilities.find((c) => c.capability === 'pull-stock')).toMatchObject({ items: 1, created: 1, deadLetters: 0 });
    expect(await t.db('stock_levels').where({ tenant_id: tenantId, location_id: 'p2-dc', sku: 'P2-SKU' }).first('on_hand')).toEqual({ on_hand: 2 });
    await patch({ config: { stockOnHand: 2 } });
    const bad = await runSync(t.app.deps, { tenantId, installationId: id });
    expect(bad!.capabilities.find((c) => c.capability === 'pull-stock')).toMatchObject({ items: 1, deadLetters: 1 });
    const letters = (await a.get(`/api/dead-letters?installation=${id}&status=open`)).body.items;
    expect(letters[0]).toMatchObject({ kind: 'intake', capability: 'pull-stock', error: { code: 'stock.location-required' } });
  });
});

describe('host retries', () => {
  it('retries retryable errors with jittered exponential backoff inside one call', async () => {
    const t2 = await startPlatformApp({ retry: { attempts: 3, baseDelayMs: 200, maxDelayMs: 5000 }, random: () => 0.5 });
    try {
      const tid = (await seedTenant(t2.db, 'retry-a')).tenantId;
      const c = await Client.login(t2.base, 'admin@retry-a.test', 'retry-a');
      expect((await c.post('/api/installations', { pluginId: 'p2-shop', config: { mode: 'down' }, credentials: { apiKey: 'k' } })).status).toBe(201);
      const out = await t2.host.call({ tenantId: tid, capability: 'p2-shop.push-stock', input: { levels: [] }, idempotencyKey: 'r-1' });
      expect(out).toMatchObject({ ok: false, error: { class: 'retryable' } });
      expect(t2.sleeps).toEqual([100, 200]); // random 0.5 × min(max, 200·2^n)
      const unknown = await t2.host.call({ tenantId: tid, capability: 'p2-shop.nope', input: {}, idempotencyKey: 'r-2' });
      expect(unknown).toMatchObject({ ok: false, error: { code: 'plugin.unknown-capability' } });
      expect(await t2.host.call({ tenantId: tid, capability: 'demo.erp-push', input: {}, idempotencyKey: 'r-3' })).toMatchObject({ ok: true, status: 'applied' });
      expect(await t2.host.capabilities(tid)).toEqual(expect.arrayContaining(['demo.erp-push', 'p2-shop.pull-orders', 'p2-shop.push-stock']));
    } finally {
      await t2.close();
    }
  });
});
