import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processWebhook } from '../../../server/src/plugins/inbound/process-webhook.js';
import { Client, seedTenant } from '../http/support/harness.js';
import { startPlatformApp, type PlatformApp } from './platform-fixture.js';

const SECRET = 'whsec_hook_test_secret';
let t: PlatformApp;
let a: Client;
let id: string;
let tenantId: string;

const sign = (body: string, secret = SECRET) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
const hook = (body: string, headers: Record<string, string>) =>
  fetch(`${t.base}/api/hooks/${id}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
const order = (n: number) => ({ externalId: `HOOK-${n}`, lines: [{ sku: 'P2-SKU', qty: 1, unitPrice: 5 }] });

beforeAll(async () => {
  t = await startPlatformApp();
  tenantId = (await seedTenant(t.db, 'hook-a')).tenantId;
  a = await Client.login(t.base, 'admin@hook-a.test', 'hook-a');
  const r = await a.post('/api/installations', { pluginId: 'p2-shop', credentials: { apiKey: 'k', webhookSecret: SECRET } });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  id = r.body.id;
});
afterAll(() => t.close());

describe('POST /api/hooks/:installationId', () => {
  const body = JSON.stringify({ id: 'evt-1', orders: [order(1), order(2)] });

  it.each([
    ['tampered body', body.replace('HOOK-1', 'HOOK-9'), { 'x-p2-signature': sign(body), 'x-p2-delivery': 'd-t' }, 'hook.signature-mismatch'],
    ['wrong secret', body, { 'x-p2-signature': sign(body, 'another-secret'), 'x-p2-delivery': 'd-w' }, 'hook.signature-mismatch'],
    ['missing header', body, { 'x-p2-delivery': 'd-m' }, 'hook.signature-missing'],
    ['length mismatch', body, { 'x-p2-signature': sign(body).slice(0, 40), 'x-p2-delivery': 'd-l' }, 'hook.signature-mismatch'],
    ['base64 instead of hex', body, { 'x-p2-signature': `sha256=${createHmac('sha256', SECRET).update(body).digest('base64')}`, 'x-p2-delivery': 'd-b' }, 'hook.signature-mismatch'],
    ['no prefix', body, { 'x-p2-signature': sign(body).slice('sha256='.length), 'x-p2-delivery': 'd-p' }, 'hook.signature-mismatch'],
    ['re-serialised JSON', JSON.stringify(JSON.parse(body), null, 2), { 'x-p2-signature': sign(body), 'x-p2-delivery': 'd-r' }, 'hook.signature-mismatch'],
  ])('%s → 401 and nothing stored', async (_n, sent, headers, code) => {
    const r = await hook(sent, headers);
    expect([r.status, (await r.json()).error.code]).toEqual([401, code]);
  });

  it('refused deliveries left no row and no job', async () => {
    expect(await t.db('plugin_webhook_deliveries').count('* as n')).toEqual([{ n: '0' }]);
  });

  it('valid: 202 in under 500 ms, stored and queued as a job; the job takes the orders in', async () => {
    const started = performance.now();
    const r = await hook(body, { 'x-p2-signature': sign(body), 'x-p2-delivery': 'delivery-1' });
    const ms = performance.now() - started;
    expect(r.status).toBe(202);
    expect(await r.json()).toEqual({ received: true, deliveryId: 'delivery-1', duplicate: false });
    console.info(`webhook ack: ${ms.toFixed(1)} ms`);
    expect(ms).toBeLessThan(500);
    const jobs = await t.db.raw(`SELECT j.payload FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks k ON k.id = j.task_id WHERE k.identifier = 'plugin-webhook'`);
    expect(jobs.rows.map((x: any) => x.payload)).toEqual([{ tenantId, installationId: id, deliveryId: 'delivery-1' }]);
    expect(await t.db('orders').where({ tenant_id: tenantId }).count('* as n')).toEqual([{ n: '0' }]); // not before the job
    const out = await processWebhook(t.app.deps, { tenantId, installationId: id, deliveryId: 'delivery-1' });
    expect(out).toEqual({ status: 'processed', events: 2, created: 2, deadLetters: 0 });
    const orders = await t.db('orders').where({ tenant_id: tenantId }).orderBy('external_id').select('external_id', 'channel');
    expect(orders).toEqual([{ external_id: 'HOOK-1', channel: 'p2-shop' }, { external_id: 'HOOK-2', channel: 'p2-shop' }]);
  });

  it('a replayed delivery id is deduped: 200 duplicate, no second job, no second order', async () => {
    const r = await hook(body, { 'x-p2-signature': sign(body), 'x-p2-delivery': 'delivery-1' });
    expect([r.status, (await r.json()).duplicate]).toEqual([200, true]);
    const jobs = await t.db.raw(`SELECT count(*)::int AS n FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks k ON k.id = j.task_id WHERE k.identifier = 'plugin-webhook'`);
    expect(jobs.rows[0].n).toBe(1);
    expect((await processWebhook(t.app.deps, { tenantId, installationId: id, deliveryId: 'delivery-1' })).status).toBe('skipped');
  });

  it('a new delivery repeating an order is deduped by the intake (channel + external id)', async () => {
    const again = JSON.stringify({ id: 'evt-2', orders: [order(2), order(3)] });
    expect((await hook(again, { 'x-p2-signature': sign(again), 'x-p2-delivery': 'delivery-2' })).status).toBe(202);
    expect(await processWebhook(t.app.deps, { tenantId, installationId: id, deliveryId: 'delivery-2' })).toEqual({ status: 'processed', events: 2, created: 1, deadLetters: 0 });
    expect(await t.db('orders').where({ tenant_id: tenantId }).count('* as n')).toEqual([{ n: '3' }]);
  });

  it('a bad order in a delivery becomes a dead letter, the rest goes in', async () => {
    const bad = JSON.stringify({ id: 'evt-3', orders: [{ externalId: 'HOOK-BAD', lines: [] }, order(4)] });
    expect((await hook(bad, { 'x-p2-signature': sign(bad), 'x-p2-delivery': 'delivery-3' })).status).toBe(202);
    expect(await processWebhook(t.app.deps, { tenantId, installationId: id, deliveryId: 'delivery-3' })).toMatchObject({ created: 1, deadLetters: 1 });
    const letters = (await a.get('/api/dead-letters')).body.items;
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ kind: 'intake', status: 'open', installationId: id, error: { code: 'order.invalid' } });
  });

  it('no session or CSRF is needed, unknown and disabled installations are refused', async () => {
    const unknown = await fetch(`${t.base}/api/hooks/00000000-0000-7000-8000-000000000009`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(unknown.status).toBe(404);
    await a.request('PATCH', `/api/installations/${id}`, { body: { enabled: false } });
    const off = await hook(body, { 'x-p2-signature': sign(body), 'x-p2-delivery': 'delivery-x' });
    expect([off.status, (await off.json()).error.code]).toEqual([409, 'installation.disabled']);
  });
});
