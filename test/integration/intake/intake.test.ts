import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../http/support/harness.js';
import { approvalFlow, quickForm, review } from './definitions.js';
import { count, order, publish, startWorld, type World } from './support.js';

let w: World;
let api: Client;
let n = 0;
const post = (body: unknown) => api.request('POST', '/api/orders', { body, headers: { 'idempotency-key': `intake-${++n}` } });

beforeAll(async () => {
  w = await startWorld();
  api = await w.key('shop');
});
afterAll(() => w?.t.close());

describe('intake without published definitions', () => {
  it('normalises (trim, line ids, currency from tenant settings, totals, placedAt) and persists order, lines, timeline, audit', async () => {
    const r = await post(order({ externalId: ' A-1 ' }));
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ number: 'SO-000001', status: 'received', channel: 'web', externalId: 'A-1', duplicate: false, flowStarted: false });
    const row = await w.t.db('orders').where({ tenant_id: w.tenantId, id: r.body.id }).first();
    expect(row.body).toMatchObject({
      id: r.body.id,
      currency: 'EUR',
      customer: { email: 'Ann@Example.com', name: 'Ann' },
      placedAt: '2030-01-01T00:00:00.000Z',
      totals: { subtotal: 25.5, total: 25.5 },
      lines: [{ id: 'line-1', sku: 'SKU-1' }, { id: 'line-2', sku: 'SKU-2' }],
    });
    expect(row.customer_email).toBe('ann@example.com');
    expect(Number(row.total)).toBe(25.5);
    expect(await count(w.t.db, 'order_lines', { tenant_id: w.tenantId, order_id: r.body.id })).toBe(2);
    const types = await w.t.db('order_events').where({ tenant_id: w.tenantId, order_id: r.body.id }).orderBy('seq').pluck('type');
    expect(types).toEqual(['order-received', 'order-reviewed', 'flow-not-started']);
    expect(await count(w.t.db, 'audit_log', { tenant_id: w.tenantId, action: 'order.create' })).toBe(1);
  });

  it('takes the currency default from tenant settings', async () => {
    await w.t.db('tenant_settings').insert({ tenant_id: w.tenantId, currency: 'CNY', time_zone: 'Asia/Shanghai' });
    const r = await post(order());
    const row = await w.t.db('orders').where({ tenant_id: w.tenantId, id: r.body.id }).first();
    expect([row.currency, r.body.number]).toEqual(['CNY', 'SO-000002']);
  });

  it('dedupe: channel + external id returns the existing order with 200 and duplicate: true', async () => {
    const again = await post(order({ externalId: 'A-1', lines: [{ sku: 'OTHER', qty: 9 }] }));
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ number: 'SO-000001', duplicate: true });
    const otherChannel = await post(order({ externalId: 'A-1', channel: 'shop' }));
    expect([otherChannel.status, otherChannel.body.number]).toEqual([201, 'SO-000003']);
  });

  it('dedupe holds under concurrency: 5 intakes of one external id at once make one order', async () => {
    const first = n + 1;
    const replies = await Promise.all(Array.from({ length: 5 }, () => post(order({ externalId: 'RACE-1' }))));
    // Each request's stored answer is the one it got (the loser of the race stores its 200, not the rolled-back 201).
    const keys = await w.t.db('idempotency_keys').whereIn('key', Array.from({ length: 5 }, (_, i) => `intake-${first + i}`)).orderBy('key');
    expect(keys.map((k) => [k.state, k.status]).sort()).toEqual(replies.map((r) => ['done', r.status]).sort());
    expect(replies.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(replies.map((r) => r.body.id)).size).toBe(1);
    expect(await count(w.t.db, 'orders', { tenant_id: w.tenantId, external_id: 'RACE-1' })).toBe(1);
  });

  it('bad input: 400 with the JSON Pointer of the field', async () => {
    const r = await post(order({ lines: [{ sku: 'X', qty: 0 }] }));
    expect([r.status, r.body.error.code, r.body.error.path]).toEqual([400, 'request.invalid', '/lines/0/qty']);
    const u = await post(order({ colour: 'red' }));
    expect([u.status, u.body.error.code, u.body.error.path]).toEqual([400, 'request.unknown-field', '/colour']);
  });
});

describe('review rules and the pinned flow', () => {
  beforeAll(async () => {
    await publish(w.admin, [review(), approvalFlow(), quickForm()]);
  });

  it('pass: received, flow started pinned to the published versions, first commands queued as jobs', async () => {
    const r = await post(order());
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      status: 'received',
      review: { decision: 'pass', matched: [] },
      flowStarted: true,
      pinned: { flow: { key: 'approval-flow', version: 1 }, review: { key: 'intake-review', version: 1 }, form: null },
    });
    const inst = await w.t.db('flow_instances').where({ tenant_id: w.tenantId, order_id: r.body.id }).first();
    expect([inst.flow_key, inst.flow_version, inst.status]).toEqual(['approval-flow', 1, 'running']);
    const cmds = await w.t.db('flow_commands').where({ tenant_id: w.tenantId, instance_id: inst.id }).pluck('type');
    expect(cmds).toContain('create-task');
    const jobs = await w.t.db.raw(`SELECT count(*)::int AS n FROM graphile_worker._private_jobs WHERE payload->>'instanceId' = ?`, [inst.id]);
    expect(jobs.rows[0].n).toBeGreaterThan(0);
  });

  it('flag: received with the flag listed, flow starts', async () => {
    const r = await post(order({ lines: [{ sku: 'GOLD', qty: 1, unitPrice: 5000 }] }));
    expect(r.body).toMatchObject({ status: 'received', flowStarted: true, review: { decision: 'pass', matched: [{ action: 'flag', code: 'review.big-order' }] } });
  });

  it('hold: stored on-hold with the reason, flow pinned but not started', async () => {
    const r = await post(order({ shipTo: { city: 'Berlin' } }));
    expect(r.body).toMatchObject({ status: 'on-hold', flowStarted: false, pinned: { flow: { key: 'approval-flow', version: 1 } } });
    const row = await w.t.db('orders').where({ tenant_id: w.tenantId, id: r.body.id }).first();
    expect(row.hold_reason).toBe('review.address-incomplete');
    expect(await count(w.t.db, 'flow_instances', { tenant_id: w.tenantId, order_id: r.body.id })).toBe(0);
  });

  it('reject: stored as rejected with its reasons, never dropped, no flow', async () => {
    const r = await post(order({ customer: { email: 'bad@example.com', tags: ['blacklisted'] } }));
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ status: 'rejected', flowStarted: false, review: { decision: 'reject', matched: [{ code: 'review.blacklisted' }] } });
    const events = await w.t.db('order_events').where({ tenant_id: w.tenantId, order_id: r.body.id }).orderBy('seq');
    expect(events.map((e) => e.type)).toEqual(['order-received', 'order-reviewed', 'order-rejected']);
    expect(events[2].message).toBe('Blacklisted customer');
    expect(await count(w.t.db, 'flow_instances', { tenant_id: w.tenantId, order_id: r.body.id })).toBe(0);
  });

  it('a second published flow no form names: API orders still take the form’s flow', async () => {
    await publish(w.admin, [approvalFlow('other-flow')]);
    const r = await post(order());
    expect(r.body.pinned.flow).toEqual({ key: 'approval-flow', version: 1 });
  });
});

describe('forms', () => {
  let customer: Client;
  beforeAll(async () => {
    customer = await Client.login(w.t.base, 'customer@acme.test', 'acme');
  });

  it('GET /api/forms lists the published forms; GET /api/forms/:key gives the definition', async () => {
    const list = await customer.get('/api/forms');
    expect(list.body.items).toEqual([expect.objectContaining({ key: 'quick-order', version: 1, flow: 'approval-flow' })]);
    const one = await customer.get('/api/forms/quick-order');
    expect(one.body).toMatchObject({ key: 'quick-order', version: 1, definition: { kind: 'form', fields: expect.any(Array) } });
    expect((await customer.get('/api/forms/nope')).status).toBe(404);
  });

  it('submit with field errors: 422 form.invalid with a path per field', async () => {
    const r = await customer.post('/api/forms/quick-order/submit', { data: { email: 'not-an-email', items: [{ sku: '', qty: 0 }] } });
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('form.invalid');
    const paths = r.body.error.details.map((d: { path: string }) => d.path).sort();
    expect(paths).toEqual(['/email', '/items/0/qty', '/items/0/sku', '/street']);
    expect(await count(w.t.db, 'orders', { tenant_id: w.tenantId, channel: 'portal' })).toBe(0);
  });

  it('a valid submission maps to the canonical order and goes through intake with the form’s flow pinned', async () => {
    const data = { email: 'b2b@example.com', street: '2 Side St', poNumber: 'PO-7', items: [{ sku: 'SKU-1', qty: 3, unitPrice: 2 }] };
    const r = await customer.post('/api/forms/quick-order/submit', { data, version: 1 });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ channel: 'portal', status: 'received', flowStarted: true, pinned: { form: { key: 'quick-order', version: 1 }, flow: { key: 'approval-flow', version: 1 } } });
    const row = await w.t.db('orders').where({ tenant_id: w.tenantId, id: r.body.id }).first();
    expect(row.body).toMatchObject({ currency: 'USD', customer: { email: 'b2b@example.com' }, attributes: { poNumber: 'PO-7' }, totals: { total: 6 } });
    expect(row.form).toMatchObject({ key: 'quick-order', version: 1, data: { poNumber: 'PO-7' } });
    const stale = await customer.post('/api/forms/quick-order/submit', { data, version: 9 });
    expect([stale.status, stale.body.error.code]).toEqual([409, 'form.version-changed']);
  });
});
