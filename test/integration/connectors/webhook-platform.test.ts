import { createHmac } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processWebhook } from '../../../server/src/plugins/inbound/process-webhook.js';
import { publishOrderEvent, type PublishEventJob } from '../../../server/src/plugins/outbound/event-publish.js';
import { Client, seedTenant } from '../http/support/harness.js';
import { startPlatformApp, type PlatformApp } from '../plugins/platform-fixture.js';
import { startReceiver } from './webhook-receiver.js';

const SIGNING = `whsec_${Buffer.from('platform-test-signing-key-32byte').toString('base64')}`;
const INBOUND = 'inbound-secret-0123456789';
const MAPPING = { externalId: '/ref', customer: { email: '/email' }, lines: { from: '/lines', sku: '/code', qty: '/n' } };
let t: PlatformApp;
let a: Client;
let rx: Awaited<ReturnType<typeof startReceiver>>;
let tenantId: string;
let id: string;

/** Jobs of a task the trigger / route queued, oldest first (the real graphile-worker queue). */
async function queued(task: string): Promise<any[]> {
  const r = await t.db.raw(`SELECT j.payload FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks k ON k.id = j.task_id WHERE k.identifier = ? ORDER BY j.id`, [task]);
  return r.rows.map((x: any) => x.payload);
}

beforeAll(async () => {
  t = await startPlatformApp({ pluginsDir: path.resolve(import.meta.dirname, '../../../plugins') });
  rx = await startReceiver();
  tenantId = (await seedTenant(t.db, 'whk-a')).tenantId;
  a = await Client.login(t.base, 'admin@whk-a.test', 'whk-a');
  const r = await a.post('/api/installations', {
    pluginId: 'webhook', extraHosts: [rx.host],
    config: { subscriptions: [{ name: 'erp', url: rx.url('/ok'), events: ['order.created', 'order.cancelled'] }], mapping: MAPPING },
    credentials: { signingSecret: SIGNING, inboundSecret: INBOUND },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  id = r.body.id;
}, 120_000);
afterAll(async () => {
  await rx?.close();
  await t?.close();
});

describe('webhook connector on the real child-process host and platform', () => {
  it('a signed delivery to POST /api/hooks/:id becomes an order through the intake', async () => {
    const body = JSON.stringify({ ref: 'WH-1001', email: 'bob@example.test', lines: [{ code: 'SKU-W', n: 2 }] });
    const sig = `sha256=${createHmac('sha256', INBOUND).update(body).digest('hex')}`;
    const bad = await fetch(`${t.base}/api/hooks/${id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-webhook-signature': sig.replace(/.$/, '0'), 'x-webhook-id': 'in-0' }, body });
    expect(bad.status).toBe(401);
    const r = await fetch(`${t.base}/api/hooks/${id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-webhook-signature': sig, 'x-webhook-id': 'in-1' }, body });
    expect([r.status, await r.json()]).toEqual([202, { received: true, deliveryId: 'in-1', duplicate: false }]);
    expect(await processWebhook(t.app.deps, { tenantId, installationId: id, deliveryId: 'in-1' })).toEqual({ status: 'processed', events: 1, created: 1, deadLetters: 0 });
    const order = await t.db('orders').where({ tenant_id: tenantId, external_id: 'WH-1001' }).first('channel', 'customer_email');
    expect(order).toEqual({ channel: 'webhook', customer_email: 'bob@example.test' });
  }, 60_000);

  it('a bad payload is refused whole: a dead letter naming the bad field, no order', async () => {
    const body = JSON.stringify({ ref: 'WH-1002', lines: [{ code: 'SKU-W', n: 0 }] });
    const sig = `sha256=${createHmac('sha256', INBOUND).update(body).digest('hex')}`;
    expect((await fetch(`${t.base}/api/hooks/${id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-webhook-signature': sig, 'x-webhook-id': 'in-2' }, body })).status).toBe(202);
    expect(await processWebhook(t.app.deps, { tenantId, installationId: id, deliveryId: 'in-2' }, { final: true })).toMatchObject({ status: 'failed', deadLetters: 1 });
    const letter = await t.db('plugin_dead_letters').where({ tenant_id: tenantId, kind: 'webhook' }).first('error');
    expect(letter.error).toMatchObject({ class: 'validation', code: 'webhook.bad-payload', message: '/lines/0/n: qty must be an integer from 1 to 1000000' });
    expect(await t.db('orders').where({ tenant_id: tenantId, external_id: 'WH-1002' }).first()).toBeUndefined();
  }, 60_000);

  it('the order event was queued in the intake transaction and publishes a signed POST through the host', async () => {
    const jobs = (await queued('plugin-publish-event')) as PublishEventJob[];
    expect(jobs.map((j) => [j.installationId, j.type])).toEqual([[id, 'order.created']]);
    const n = rx.received.length;
    expect(await publishOrderEvent(t.app.deps, jobs[0])).toBe('published');
    const got = rx.received.slice(n);
    expect(got.length).toBe(1);
    const h = got[0].headers;
    expect(h['webhook-id']).toBe(`evt_${jobs[0].seq}_created`);
    expect(h['webhook-timestamp']).toBe(String(Math.floor(t.clock.now() / 1000)));
    const key = Buffer.from(SIGNING.slice('whsec_'.length), 'base64');
    expect(h['webhook-signature']).toBe(`v1,${createHmac('sha256', key).update(`${h['webhook-id']}.${h['webhook-timestamp']}.${got[0].body}`).digest('base64')}`);
    expect(JSON.parse(got[0].body)).toMatchObject({ type: 'order.created', data: { order: { externalId: 'WH-1001', channel: 'webhook', status: expect.any(String) }, timeline: { type: 'order-received' } } });
    // A retried job (same event) is already-applied in the plugin's state: nothing posted again.
    expect(await publishOrderEvent(t.app.deps, jobs[0])).toBe('published');
    expect(rx.received.length).toBe(n + 1);
  }, 60_000);

  it('a cancel through the API queues order.status-changed and order.cancelled; only the subscribed type is posted', async () => {
    const order = await t.db('orders').where({ tenant_id: tenantId, external_id: 'WH-1001' }).first('id');
    const r = await a.post(`/api/orders/${order.id}/cancel`, { reason: 'customer asked' });
    expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
    const jobs = ((await queued('plugin-publish-event')) as PublishEventJob[]).slice(1);
    expect(jobs.map((j) => j.type)).toEqual(['order.status-changed', 'order.cancelled']);
    const n = rx.received.length;
    for (const j of jobs) expect(await publishOrderEvent(t.app.deps, j)).toBe('published');
    const got = rx.received.slice(n).map((x) => [x.headers['webhook-id'], JSON.parse(x.body).type, JSON.parse(x.body).data.order.status]);
    expect(got).toEqual([[`evt_${jobs[1].seq}_cancelled`, 'order.cancelled', 'cancelled']]);
  }, 60_000);

  it('a subscriber answering 410 Gone ends as a permanent dead letter keyed by the event id (a replay cannot double a delivery)', async () => {
    const inst = await a.get(`/api/installations/${id}`);
    const config = { ...inst.body.config, subscriptions: [{ name: 'erp', url: rx.url('/gone'), events: ['*'] }] };
    const p = await a.request('PATCH', `/api/installations/${id}`, { body: { config, revision: inst.body.revision } });
    expect(p.status, JSON.stringify(p.body)).toBe(200);
    const [first] = (await queued('plugin-publish-event')) as PublishEventJob[];
    expect(await publishOrderEvent(t.app.deps, { ...first, type: 'order.shipped' }, { final: true })).toBe('failed');
    const letter = await t.db('plugin_dead_letters').where({ tenant_id: tenantId, kind: 'capability', capability: 'publish-event' }).first('error', 'idempotency_key');
    expect(letter).toEqual({ error: expect.objectContaining({ class: 'permanent', code: 'webhook.subscription-gone' }), idempotency_key: `evt_${first.seq}_shipped` });
  }, 60_000);

  it('no job for another tenant\'s orders, nor once the installation is disabled', async () => {
    const before = (await queued('plugin-publish-event')).length;
    await seedTenant(t.db, 'whk-b');
    const b = await Client.login(t.base, 'admin@whk-b.test', 'whk-b');
    const r = await b.request('POST', '/api/orders', { body: { channel: 'api', externalId: 'B-1', lines: [{ sku: 'SKU-B', qty: 1 }] }, headers: { 'idempotency-key': 'whk-b-1' } });
    expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
    expect((await queued('plugin-publish-event')).length).toBe(before);
    const inst = await a.get(`/api/installations/${id}`);
    const p = await a.request('PATCH', `/api/installations/${id}`, { body: { enabled: false, revision: inst.body.revision } });
    expect(p.status, JSON.stringify(p.body)).toBe(200);
    const own = await a.request('POST', '/api/orders', { body: { channel: 'api', externalId: 'A-2', lines: [{ sku: 'SKU-A', qty: 1 }] }, headers: { 'idempotency-key': 'whk-a-2' } });
    expect(own.status, JSON.stringify(own.body)).toBeLessThan(300);
    expect((await queued('plugin-publish-event')).length).toBe(before);
  }, 60_000);
});
