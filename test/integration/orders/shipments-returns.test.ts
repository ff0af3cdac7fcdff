import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertConservation } from '../../support/conservation.js';
import { Client } from '../http/support/harness.js';
import { placeOrder, smallOrder, startOpsWorld, waitForOrder, type OpsWorld } from './order-ops-fixture.js';

let w: OpsWorld;
const level = async (location: string, sku: string) =>
  w.t.db('stock_levels').where({ tenant_id: w.tenantId, location_id: location, sku }).first('on_hand', 'reserved', 'damaged');
const allocated = (o: any) => o.status === 'allocated' && o.flows.every((f: any) => f.status !== 'running');

beforeAll(async () => {
  w = await startOpsWorld('ship');
});
afterAll(async () => {
  await w?.close();
});

describe('shipments', () => {
  it('ships in two parts: stock consumed from the reservation, partially-shipped then shipped, tracking on the timeline', async () => {
    const id = await placeOrder(w.operator, smallOrder());
    const o = await waitForOrder(w.operator, id, allocated, 'allocation');
    const from = o.plan.shipments[0].location as string;
    const before = await level(from, 'DRILL-18V');
    const first = await w.operator.post('/api/shipments', { orderId: id, location: from, lines: [{ lineId: 'line-1', qty: 10 }], carrier: 'DHL', tracking: 'JD0001', externalId: `wms-${id}-1` });
    expect(first.status).toBe(201);
    expect(first.body.orderStatus).toBe('partially-shipped');
    const after = await level(from, 'DRILL-18V');
    expect([after.on_hand, after.reserved]).toEqual([before.on_hand - 10, before.reserved - 10]);
    const repeat = await w.operator.post('/api/shipments', { orderId: id, location: from, lines: [{ lineId: 'line-1', qty: 10 }], externalId: `wms-${id}-1` });
    expect(repeat.status).toBe(200);
    expect(repeat.body).toMatchObject({ id: first.body.id, duplicate: true });
    const over = await w.operator.post('/api/shipments', { orderId: id, location: from, lines: [{ lineId: 'line-2', qty: 26 }] });
    expect(over.status).toBe(409);
    expect(over.body.error).toMatchObject({ code: 'shipment.over-ship', path: '/lines/0/qty' });
    const second = await w.operator.post('/api/shipments', { orderId: id, location: from, lines: [{ lineId: 'line-2', qty: 25 }], tracking: 'JD0002' });
    expect(second.body.orderStatus).toBe('shipped');
    const done = (await w.operator.get(`/api/orders/${id}`)).body;
    expect(done.status).toBe('shipped');
    expect(done.reservations.every((r: any) => r.status === 'consumed')).toBe(true);
    expect(done.timeline.filter((e: any) => e.type === 'shipped').map((e: any) => e.data.tracking)).toEqual(['JD0001', 'JD0002']);
    // no connector for the portal channel: the channel update job leaves a note instead of failing
    await waitForOrder(w.operator, id, (x) => x.timeline.filter((e: any) => e.type === 'channel-update-skipped').length === 2, 'channel update jobs');
    const list = await w.operator.get(`/api/shipments?order=${id}`);
    expect(list.body.items.map((s: any) => s.tracking)).toEqual(['JD0001', 'JD0002']);
    await assertConservation(w.t.db, w.tenantId);
  });

  it('refuses to ship an order that is not allocated', async () => {
    const id = await placeOrder(w.operator, smallOrder());
    const o = await waitForOrder(w.operator, id, allocated, 'allocation');
    await w.operator.post(`/api/orders/${id}/cancel`, {});
    const r = await w.operator.post('/api/shipments', { orderId: id, location: o.plan.shipments[0].location, lines: [{ lineId: 'line-1', qty: 1 }] });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('shipment.not-shippable');
  });
});

describe('returns', () => {
  it('returns shipped goods: resellable back on hand, damaged set aside, refund through the plugin host once', async () => {
    const id = await placeOrder(w.operator, smallOrder());
    const o = await waitForOrder(w.operator, id, allocated, 'allocation');
    const from = o.plan.shipments[0].location as string;
    await w.operator.post('/api/shipments', { orderId: id, location: from, lines: [{ lineId: 'line-1', qty: 10 }, { lineId: 'line-2', qty: 25 }] });
    const tooMany = await w.operator.post('/api/returns', { orderId: id, reason: 'x', lines: [{ lineId: 'line-1', qty: 11 }] });
    expect(tooMany.body.error).toMatchObject({ code: 'return.too-many', path: '/lines/0/qty' });
    const rma = await w.operator.post('/api/returns', { orderId: id, reason: 'two drills broken', lines: [{ lineId: 'line-1', qty: 3 }] });
    expect(rma.status).toBe(201);
    expect(rma.body.status).toBe('approved'); // the demo solution publishes no `returns` flow
    const before = await level(from, 'DRILL-18V');
    const got = await w.operator.post(`/api/returns/${rma.body.id}/receive`, {
      location: from,
      lines: [{ lineId: 'line-1', qty: 1, condition: 'resellable' }, { lineId: 'line-1', qty: 2, condition: 'damaged', note: 'cracked housing' }],
    });
    expect(got.status).toBe(200);
    expect(got.body.status).toBe('received');
    const after = await level(from, 'DRILL-18V');
    expect([after.on_hand - before.on_hand, after.damaged - before.damaged]).toEqual([1, 2]);
    const deadline = Date.now() + 20_000;
    let ret: any;
    do {
      ret = (await w.operator.get(`/api/returns/${rma.body.id}`)).body;
      if (ret.status === 'refunded' || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 50));
    } while (true);
    expect(ret.status).toBe('refunded');
    expect(ret.refund).toMatchObject({ capability: 'demo.refund', amount: 3 * 129 });
    expect(ret.lines[0]).toMatchObject({ qty: 3, received: 3, restocked: 1, damaged: 2 });
    const calls = await w.t.db('plugin_calls').where({ tenant_id: w.tenantId, capability: 'demo.refund' });
    expect(calls).toHaveLength(1);
    const again = await w.operator.post(`/api/returns/${rma.body.id}/receive`, { location: from, lines: [{ lineId: 'line-1', qty: 1, condition: 'resellable' }] });
    expect(again.body.error.code).toBe('return.not-receivable');
    await assertConservation(w.t.db, w.tenantId);
  });
});

describe('hold while the flow runs', () => {
  it('parks stock steps while on hold and routes on release', async () => {
    const approver = await Client.login(w.t.base, 'approver@ship.test', 'ship');
    const big = smallOrder({
      customer: { id: 'c-hold', email: 'hold@x.example', name: 'H', creditLimit: 1_000_000 },
      lines: [{ id: 'line-1', sku: 'DRILL-18V', qty: 50, unitPrice: 129 }],
      totals: undefined,
    });
    const id = await placeOrder(w.operator, big);
    const waiting = await waitForOrder(w.operator, id, (o) => o.status === 'awaiting-approval' && o.tasks.some((t: any) => t.status === 'open'), 'approval task');
    expect((await w.operator.post(`/api/orders/${id}/hold`, { reason: 'credit check' })).status).toBe(200);
    const task = waiting.tasks.find((t: any) => t.status === 'open');
    expect((await approver.post(`/api/tasks/${task.id}/approve`, { comment: 'fine' })).status).toBe(200);
    // the route step waits: nothing reserved while the hold stands
    const parked = await waitForOrder(
      w.operator,
      id,
      (o) => o.status === 'on-hold' && o.flows[0].position.some((p: any) => p.node === 'route'),
      'flow at the route step',
    );
    expect(parked.reservations).toEqual([]);
    // operators may not read definitions: the detail carries the pinned flow's graph for the console canvas
    const graph = parked.flows[0].graph;
    expect(graph.nodes.map((n: any) => n.id)).toContain('route');
    expect(graph.edges.length).toBeGreaterThan(0);
    expect((await w.operator.get(`/api/definitions/flow/${parked.flows[0].flow.key}/versions/${parked.flows[0].flow.version}`)).status).toBe(403);
    expect((await w.operator.post(`/api/orders/${id}/release`, {})).status).toBe(200);
    const routed = await waitForOrder(w.operator, id, (o) => o.status === 'allocated', 'allocation after release');
    expect(routed.reservations.length).toBeGreaterThan(0);
    await assertConservation(w.t.db, w.tenantId);
  });
});
