import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker, type AppWorker } from '../../../server/src/jobs/worker.js';
import { createUser } from '../../../server/src/users/users.js';
import { Client, PASSWORD } from '../http/support/harness.js';
import { approvalFlow, quickForm, review } from './definitions.js';
import { count, order, publish, startWorld, type World } from './support.js';

let w: World;
let api: Client;
let otherKey: Client;
let approver: Client;
let approver2: Client;
let approver2Id: string;
let approverKey: Client;
let customer: Client;
let worker: AppWorker;
let n = 0;

/** Bounded poll for what the worker does in the background (no sleeps: yield to the event loop and the DB). */
async function until<T>(what: string, probe: () => Promise<T | undefined | null | false>): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const v = await probe();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const openTask = (orderId: string, user?: string) =>
  until(`open task of ${orderId}`, () =>
    w.t.db('tasks').where({ tenant_id: w.tenantId, order_id: orderId, status: 'open', ...(user ? { assignee_user: user } : {}) }).first(),
  );

async function newOrder(over: Record<string, unknown> = {}) {
  const r = await api.request('POST', '/api/orders', { body: order(over), headers: { 'idempotency-key': `inbox-${++n}` } });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.id as string;
}

beforeAll(async () => {
  w = await startWorld();
  await publish(w.admin, [review(), approvalFlow(), quickForm()]);
  api = await w.key('shop');
  otherKey = await w.key('other-shop');
  approver = await Client.login(w.t.base, 'approver@acme.test', 'acme');
  approver2Id = (await createUser(w.t.db, { tenantId: w.tenantId, email: 'approver2@acme.test', name: 'Second', role: 'approver', password: PASSWORD })).id;
  approver2 = await Client.login(w.t.base, 'approver2@acme.test', 'acme');
  customer = await Client.login(w.t.base, 'customer@acme.test', 'acme');
  approverKey = await w.key('approver-key', 'approver');
  worker = await startWorker(w.t.app.deps, { concurrency: 2, cron: false, pollIntervalMs: 50 });
});
afterAll(async () => {
  await worker?.stop();
  await w?.t.close();
});

describe('approvals inbox', () => {
  let orderId: string;
  let taskId: string;

  it('the flow’s approval shows in the inbox of the role, due first, with counts', async () => {
    orderId = await newOrder();
    taskId = (await openTask(orderId)).id;
    const mine = await approver.get('/api/tasks');
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((t: { id: string }) => t.id)).toEqual([taskId]);
    expect(mine.body.items[0]).toMatchObject({ node: 'approve', assignee: { role: 'approver' }, order: { id: orderId, number: expect.stringMatching(/^SO-/) } });
    expect(mine.body.counts).toEqual({ open: 1, overdue: 0, claimed: 0 });
    expect((await customer.get('/api/tasks')).body.items).toEqual([]);
    expect((await approver.get(`/api/tasks?order=${orderId}`)).body.items).toHaveLength(1);
  });

  it('detail: task, order summary, editable fields, history; others get 403 task.not-assignee', async () => {
    const d = await approver.get(`/api/tasks/${taskId}`);
    expect(d.status).toBe(200);
    expect(d.body).toMatchObject({ task: { id: taskId, status: 'open' }, order: { id: orderId, lines: expect.any(Array) }, editableFields: ['attributes.poNumber'] });
    expect(d.body.history.map((h: { type: string }) => h.type)).toContain('task-created');
    const c = await customer.get(`/api/tasks/${taskId}`);
    expect([c.status, c.body.error.code]).toEqual([403, 'task.not-assignee']);
    const x = await customer.post(`/api/tasks/${taskId}/approve`, {});
    expect([x.status, x.body.error.code]).toEqual([403, 'task.not-assignee']);
  });

  it('claim: the claimer owns it; another member gets 409 task.claimed-by-other and 403 task.not-claimer', async () => {
    const c = await approver.post(`/api/tasks/${taskId}/claim`);
    expect([c.status, c.body.claimedBy]).toEqual([200, expect.any(String)]);
    const again = await approver2.post(`/api/tasks/${taskId}/claim`);
    expect([again.status, again.body.error.code]).toEqual([409, 'task.claimed-by-other']);
    const decide = await approver2.post(`/api/tasks/${taskId}/approve`, {});
    expect([decide.status, decide.body.error.code]).toEqual([409, 'task.claimed-by-other']);
    const give = await approver2.post(`/api/tasks/${taskId}/unclaim`);
    expect([give.status, give.body.error.code]).toEqual([403, 'task.not-claimer']);
    expect((await approver2.get('/api/tasks')).body.items).toEqual([]);
    expect((await approver.get('/api/tasks')).body.counts.claimed).toBe(1);
  });

  it('comment: recorded on the timeline, the task stays open; an uneditable field is 400', async () => {
    const r = await approver.post(`/api/tasks/${taskId}/comment`, { comment: 'checking stock' });
    expect([r.status, r.body.closed]).toEqual([200, false]);
    const bad = await approver.post(`/api/tasks/${taskId}/approve`, { fields: { total: 1 } });
    expect([bad.status, bad.body.error.code, bad.body.error.path]).toEqual([400, 'task.field-not-editable', '/fields/total']);
  });

  it('approve: event delivered, task closed with the decision, flow ends, timeline + audit; a second decision is 409 task.closed', async () => {
    const r = await approver.request('POST', `/api/tasks/${taskId}/approve`, {
      body: { comment: 'fine', fields: { 'attributes.poNumber': 'PO-1' } },
      headers: { 'idempotency-key': 'approve-1' },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ action: 'approve', closed: true, flow: { status: 'completed' } });
    const task = await w.t.db('tasks').where({ tenant_id: w.tenantId, id: taskId }).first();
    expect(task).toMatchObject({ status: 'done', decision: { action: 'approve', comment: 'fine', fields: { 'attributes.poNumber': 'PO-1' } } });
    const ev = await w.t.db('flow_events').where({ tenant_id: w.tenantId, instance_id: task.instance_id }).pluck('event_id');
    expect(ev.some((id: string) => id.endsWith(':approve-1'))).toBe(true);
    const types = await w.t.db('order_events').where({ tenant_id: w.tenantId, order_id: orderId }).pluck('type');
    expect(types).toEqual(expect.arrayContaining(['task-claim', 'task-comment', 'task-approve']));
    expect(await count(w.t.db, 'audit_log', { tenant_id: w.tenantId, action: 'task.approve' })).toBe(1);
    const replay = await approver.request('POST', `/api/tasks/${taskId}/approve`, { body: { comment: 'fine', fields: { 'attributes.poNumber': 'PO-1' } }, headers: { 'idempotency-key': 'approve-1' } });
    expect([replay.status, replay.headers.get('idempotent-replayed')]).toEqual([200, 'true']);
    const twice = await approver.post(`/api/tasks/${taskId}/reject`, {});
    expect([twice.status, twice.body.error.code]).toEqual([409, 'task.closed']);
    expect((await approver.get('/api/tasks?status=done')).body.items.map((t: { id: string }) => t.id)).toContain(taskId);
  });

  it('reject ends the flow rejected', async () => {
    const id = await newOrder();
    const t = await openTask(id);
    const r = await approver2.post(`/api/tasks/${t.id}/reject`, { comment: 'no' });
    expect([r.status, r.body.flow.status]).toEqual([200, 'completed']);
    const inst = await w.t.db('flow_instances').where({ tenant_id: w.tenantId, order_id: id }).first();
    expect(inst.state.outcome).toBe('rejected');
  });

  it('reassign: the task closes and the flow opens a new one for the named user', async () => {
    const id = await newOrder();
    const t = await openTask(id);
    const r = await approver.post(`/api/tasks/${t.id}/reassign`, { to: { user: approver2Id }, comment: 'yours' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const next = await openTask(id, approver2Id);
    expect(next.id).not.toBe(t.id);
    expect((await approver2.get('/api/tasks')).body.items.map((x: { id: string }) => x.id)).toEqual([next.id]);
    const missing = await approver2.post(`/api/tasks/${next.id}/delegate`, {});
    expect([missing.status, missing.body.error.code]).toEqual([400, 'request.invalid']);
  });

  it('withdraw: only the submitter; the approval ends returned', async () => {
    const id = await newOrder();
    await openTask(id);
    const notMine = await otherKey.post(`/api/orders/${id}/withdraw`, {});
    expect([notMine.status, notMine.body.error.code]).toEqual([403, 'order.not-submitter']);
    const r = await api.post(`/api/orders/${id}/withdraw`, { comment: 'changed my mind' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const inst = await w.t.db('flow_instances').where({ tenant_id: w.tenantId, order_id: id }).first();
    expect([inst.status, inst.state.outcome]).toEqual(['completed', 'rejected']);
    const again = await api.post(`/api/orders/${id}/withdraw`, {});
    expect([again.status, again.body.error.code]).toEqual([409, 'order.not-withdrawable']);
    const types = await w.t.db('order_events').where({ tenant_id: w.tenantId, order_id: id }).pluck('type');
    expect(types).toContain('order-withdrawn');
  });

  it('overdue filter: past the SLA due time (last: the clock jump ends the sessions)', async () => {
    const id = await newOrder();
    await openTask(id);
    w.t.clock.advance(25 * 3600_000);
    const late = await approverKey.get('/api/tasks?overdue=true');
    expect(late.status, JSON.stringify(late.body)).toBe(200);
    expect(late.body.items.map((x: { orderId: string }) => x.orderId)).toContain(id);
    expect(late.body.items.every((x: { overdue: boolean }) => x.overdue)).toBe(true);
    expect(late.body.counts.overdue).toBeGreaterThan(0);
  });
});
