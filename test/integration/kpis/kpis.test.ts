import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, seedTenant, startTestApp, type TestApp } from '../http/support/harness.js';

// Expected values below are worked out by hand from the rows inserted here and the KPI definitions in the
// README (not read back from the code under test).
let t: TestApp;
let admin: Client;
let tenantId: string;

interface Row {
  status: string;
  channel: string;
  total: number;
  placedAt: string;
  unfilled?: boolean;
  shippedAt?: string;
  returned?: boolean;
}

const ROWS: Row[] = [
  // 2030-01-01 in Shanghai (UTC+8)
  { status: 'shipped', channel: 'web', total: 100, placedAt: '2030-01-01T02:00:00Z', shippedAt: '2030-01-01T14:00:00Z', returned: true },
  { status: 'completed', channel: 'web', total: 50, placedAt: '2030-01-01T03:00:00Z', shippedAt: '2030-01-02T03:00:00Z' },
  { status: 'cancelled', channel: 'portal', total: 999, placedAt: '2030-01-01T04:00:00Z' },
  // 17:00Z is already 2030-01-02 01:00 in Shanghai
  { status: 'backordered', channel: 'portal', total: 30, placedAt: '2030-01-01T17:00:00Z', unfilled: true },
  { status: 'awaiting-approval', channel: 'web', total: 20, placedAt: '2030-01-02T05:00:00Z' },
  // outside the range
  { status: 'shipped', channel: 'web', total: 1000, placedAt: '2030-02-01T00:00:00Z' },
];

async function insertOrder(row: Row, n: number): Promise<string> {
  const id = randomUUID();
  await t.db('orders').insert({
    tenant_id: tenantId,
    id,
    number: `SO-${n}`,
    channel: row.channel,
    status: row.status,
    total: row.total,
    body: JSON.stringify({ lines: [{ id: 'l1', sku: 'SKU-1', qty: 1 }] }),
    plan: row.unfilled ? JSON.stringify({ status: 'backorder', shipments: [], unfilled: [{ lineId: 'l1', sku: 'SKU-1', qty: 1 }] }) : null,
    placed_at: row.placedAt,
  });
  await t.db('order_lines').insert({ tenant_id: tenantId, order_id: id, line_id: 'l1', position: 0, sku: 'SKU-1', qty: 1, order_created_at: t.db.raw('(SELECT created_at FROM orders WHERE tenant_id = ? AND id = ?)', [tenantId, id]) });
  if (row.shippedAt) {
    const sid = randomUUID();
    await t.db('shipments').insert({ tenant_id: tenantId, id: sid, order_id: id, location_id: 'wh-1', shipped_at: row.shippedAt });
    await t.db('shipment_lines').insert({ tenant_id: tenantId, shipment_id: sid, order_id: id, line_id: 'l1', sku: 'SKU-1', qty: 1 });
  }
  if (row.returned) {
    await t.db('returns').insert({ tenant_id: tenantId, id: randomUUID(), number: `RMA-${n}`, order_id: id, reason: 'damaged' });
  }
  return id;
}

async function insertTask(orderId: string, created: string, due: string | null, closed: string | null) {
  const instanceId = randomUUID();
  await t.db('flow_instances').insert({
    tenant_id: tenantId, id: instanceId, order_id: orderId, flow_key: 'f', flow_version: 1, status: 'running', state: '{}',
  });
  await t.db('tasks').insert({
    tenant_id: tenantId, id: randomUUID(), instance_id: instanceId, flow_task_id: 'approve/1', order_id: orderId, node: 'approve',
    assignee_role: 'approver', status: closed ? 'done' : 'open', due_at: due, created_at: created, closed_at: closed,
  });
}

beforeAll(async () => {
  t = await startTestApp();
  ({ tenantId } = await seedTenant(t.db, 'kpi'));
  await t.db('tenant_settings').insert({ tenant_id: tenantId, time_zone: 'Asia/Shanghai', currency: 'CNY', language: 'zh-CN' });
  await t.db('locations').insert({ tenant_id: tenantId, id: 'wh-1', name: 'WH 1', type: 'warehouse' });
  const ids: string[] = [];
  for (const [i, row] of ROWS.entries()) ids.push(await insertOrder(row, i + 1));
  // approval took 2 h, within its SLA
  await insertTask(ids[0], '2030-01-01T02:00:00Z', '2030-01-02T02:00:00Z', '2030-01-01T04:00:00Z');
  // approval took 6 h and was decided after its due time: a breach
  await insertTask(ids[1], '2030-01-01T03:00:00Z', '2030-01-01T05:00:00Z', '2030-01-01T09:00:00Z');
  // still open, overdue at the test clock (2030-01-03): a breach
  await insertTask(ids[4], '2030-01-02T05:00:00Z', '2030-01-02T06:00:00Z', null);
  t.clock.set('2030-01-03T00:00:00Z');
  admin = await Client.login(t.base, 'admin@kpi.test', 'kpi');
});

afterAll(async () => {
  await t?.close();
});

describe('GET /api/kpis', () => {
  it('computes every KPI over the range, bucketed in the tenant time zone', async () => {
    const r = await admin.request('GET', '/api/kpis?from=2030-01-01T00:00:00Z&to=2030-01-03T00:00:00Z');
    expect(r.status).toBe(200);
    const k = r.body;
    expect(k.orders).toBe(5);
    expect(k.ordersByStatus).toEqual({ shipped: 1, completed: 1, cancelled: 1, backordered: 1, 'awaiting-approval': 1 });
    expect(k.ordersByChannel).toEqual({ web: 3, portal: 2 });
    // cancelled orders carry no GMV
    expect(k.gmvByChannel).toEqual({ web: 170, portal: 30 });
    expect(k.series).toEqual([
      { bucket: '2030-01-01', orders: 3, gmv: 150 },
      { bucket: '2030-01-02', orders: 2, gmv: 50 },
    ]);
    // fulfilled (shipped + completed) over the 4 orders not cancelled/rejected
    expect(k.fulfilmentRate).toBe(0.5);
    // 1 of 5 orders had unfilled lines
    expect(k.stockOutRate).toBe(0.2);
    // 1 return over 2 shipped orders
    expect(k.returnRate).toBe(0.5);
    // (2 h + 6 h) / 2
    expect(k.meanApprovalHours).toBe(4);
    expect(k.slaBreaches).toBe(2);
    // (12 h + 24 h) / 2
    expect(k.meanHoursToShip).toBe(18);
    expect(k.range.timeZone).toBe('Asia/Shanghai');
  });

  it('buckets by week and month', async () => {
    const r = await admin.request('GET', '/api/kpis?from=2030-01-01T00:00:00Z&to=2030-03-01T00:00:00Z&granularity=month');
    expect(r.status).toBe(200);
    expect(r.body.series).toEqual([
      { bucket: '2030-01-01', orders: 5, gmv: 200 },
      { bucket: '2030-02-01', orders: 1, gmv: 1000 },
    ]);
  });

  it('answers an empty range with zero counts and null rates', async () => {
    const r = await admin.request('GET', '/api/kpis?from=2031-01-01T00:00:00Z&to=2031-01-02T00:00:00Z');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ orders: 0, ordersByStatus: {}, series: [], fulfilmentRate: null, returnRate: null, slaBreaches: 0 });
  });

  it('refuses a reversed or too long range with a coded 400', async () => {
    const a = await admin.request('GET', '/api/kpis?from=2030-01-02T00:00:00Z&to=2030-01-01T00:00:00Z');
    expect(a.status).toBe(400);
    expect(a.body.error.code).toBe('kpis.bad-range');
    const b = await admin.request('GET', '/api/kpis?from=2020-01-01T00:00:00Z&to=2030-01-01T00:00:00Z');
    expect(b.body.error.code).toBe('kpis.range-too-long');
  });

  it('is not for customers or approvers', async () => {
    const c = await Client.login(t.base, 'customer@kpi.test', 'kpi');
    expect((await c.request('GET', '/api/kpis')).status).toBe(403);
  });
});
