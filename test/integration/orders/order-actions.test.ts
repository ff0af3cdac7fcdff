import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertConservation } from '../../support/conservation.js';
import { placeOrder, smallOrder, startOpsWorld, waitForOrder, type OpsWorld } from './order-ops-fixture.js';

let w: OpsWorld;
const open = (o: any) => o.reservations.filter((r: any) => r.status === 'open');
const allocated = (o: any) => o.status === 'allocated' && o.flows.every((f: any) => f.status !== 'running');

beforeAll(async () => {
  w = await startOpsWorld('ops');
});
afterAll(async () => {
  await w?.close();
});

describe('order actions', () => {
  it('holds and releases: back to the status before the hold, each step on the timeline', async () => {
    const id = await placeOrder(w.operator, smallOrder());
    await waitForOrder(w.operator, id, allocated, 'allocation');
    const held = await w.operator.post(`/api/orders/${id}/hold`, { reason: 'customer called' });
    expect(held.status).toBe(200);
    let o = (await w.operator.get(`/api/orders/${id}`)).body;
    expect(o.status).toBe('on-hold');
    const again = await w.operator.post(`/api/orders/${id}/hold`, {});
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('order.illegal-transition');
    expect((await w.operator.post(`/api/orders/${id}/release`, {})).status).toBe(200);
    o = (await w.operator.get(`/api/orders/${id}`)).body;
    expect(o.status).toBe('allocated');
    const moves = o.timeline.filter((e: any) => e.type === 'status-changed').map((e: any) => `${e.data.from}>${e.data.to}`);
    expect(moves.slice(-2)).toEqual(['allocated>on-hold', 'on-hold>allocated']);
    await assertConservation(w.t.db, w.tenantId);
  });

  it('cancels an allocated order: the flow’s reservation is released and the order is cancelled', async () => {
    const id = await placeOrder(w.operator, smallOrder());
    const before = await waitForOrder(w.operator, id, allocated, 'allocation');
    expect(open(before).length).toBeGreaterThan(0);
    expect((await w.operator.post(`/api/orders/${id}/cancel`, { reason: 'duplicate' })).status).toBe(200);
    const after = await waitForOrder(w.operator, id, (o) => o.status === 'cancelled' && open(o).length === 0, 'release');
    expect(after.reservations.every((r: any) => r.status === 'released')).toBe(true);
    const second = await w.operator.post(`/api/orders/${id}/cancel`, {});
    expect(second.status).toBe(409);
    await assertConservation(w.t.db, w.tenantId);
  });

  it('re-routes: releases and reserves again under the order’s own ref', async () => {
    const id = await placeOrder(w.operator, smallOrder());
    await waitForOrder(w.operator, id, allocated, 'allocation');
    const r = await w.operator.post(`/api/orders/${id}/reroute`, { reason: 'warehouse closed' });
    expect(r.status).toBe(200);
    expect(r.body.result.status).toBe('routed');
    const o = (await w.operator.get(`/api/orders/${id}`)).body;
    expect(open(o).every((x: any) => x.ref.startsWith('reroute:'))).toBe(true);
    expect(o.reservations.filter((x: any) => !x.ref.startsWith('reroute:')).every((x: any) => x.status === 'released')).toBe(true);
    expect(o.timeline.some((e: any) => e.type === 'rerouted')).toBe(true);
    await assertConservation(w.t.db, w.tenantId);
    // cancel now releases the re-route reservation too
    await w.operator.post(`/api/orders/${id}/cancel`, {});
    await waitForOrder(w.operator, id, (x) => open(x).length === 0, 'release after cancel');
    await assertConservation(w.t.db, w.tenantId);
  });

  it('refuses actions the order cannot take, with stable codes and nothing written', async () => {
    const id = await placeOrder(w.operator, smallOrder());
    await waitForOrder(w.operator, id, allocated, 'allocation');
    const split = await w.operator.post(`/api/orders/${id}/split`, { lines: ['line-1'] });
    expect(split.status).toBe(409);
    expect(split.body.error.code).toBe('order.lines-fixed');
    const release = await w.operator.post(`/api/orders/${id}/release`, {});
    expect(release.body.error.code).toBe('order.not-on-hold');
    const missing = await w.operator.post('/api/orders/00000000-0000-7000-8000-000000000099/hold', {});
    expect(missing.status).toBe(404);
  });

  it('splits and merges orders that have not reserved anything (large orders wait for approval)', async () => {
    const customer = { id: 'cust-big', name: 'Big Buyer', email: 'big@buyer.example', creditLimit: 1_000_000 };
    const big = (n: number) =>
      smallOrder({
        customer,
        lines: [
          { id: 'line-1', sku: 'DRILL-18V', qty: 40, unitPrice: 129 },
          { id: 'line-2', sku: 'BIT-SET-40', qty: 10 * n, unitPrice: 19.5 },
        ],
        totals: undefined,
      });
    const a = await placeOrder(w.operator, big(1));
    const b = await placeOrder(w.operator, big(2));
    for (const id of [a, b]) await waitForOrder(w.operator, id, (o) => o.status === 'awaiting-approval', 'approval task');
    const split = await w.operator.post(`/api/orders/${a}/split`, { lines: ['line-2'] });
    expect(split.status).toBe(201);
    const child = (await w.operator.get(`/api/orders/${split.body.id}`)).body;
    expect(child.lines.map((l: any) => [l.sku, l.qty])).toEqual([['BIT-SET-40', 10]]);
    const parent = (await w.operator.get(`/api/orders/${a}`)).body;
    expect(parent.lines.map((l: any) => l.id)).toEqual(['line-1']);
    expect(parent.order.totals.subtotal).toBe(40 * 129);

    const merged = await w.operator.post('/api/orders/merge', { orders: [b, a] });
    expect(merged.status).toBe(200);
    expect(merged.body.id).toBe(a); // the older order survives
    const target = (await w.operator.get(`/api/orders/${a}`)).body;
    expect(target.lines.map((l: any) => l.id)).toEqual(['line-1', 'line-1-2', 'line-2']);
    // the cancel event closes the merged order's flow; its approval task is cancelled by the command job after
    const gone = await waitForOrder(
      w.operator,
      b,
      (o) => o.status === 'cancelled' && o.flows.every((f: any) => f.status !== 'running') && o.tasks.every((t: any) => t.status !== 'open'),
      'merged order cancelled with its task',
    );
    expect(gone.tasks.map((t: any) => t.status)).toEqual(['cancelled']);
    await assertConservation(w.t.db, w.tenantId);
  });
});
