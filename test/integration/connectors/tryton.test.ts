import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLossyProxy, type LossyProxy } from '../../peers/tryton-lossy-proxy.js';
import { startTrytonPeer, stopTrytonCluster, type TrytonPeer } from '../../peers/tryton-peer.js';
import type { TrytonRpc } from '../../peers/tryton-rpc.js';
import { receiveStock } from '../../peers/tryton-seed.js';
import plugin from '../../../plugins/tryton/src/index.js';
import { call, harness, order } from './tryton-support.js';

let peer: TrytonPeer;
let rpc: TrytonRpc;
let proxy: LossyProxy;

// The first run on a machine prepares the template database (trytond-admin --all + sale/stock): minutes, once.
beforeAll(async () => {
  peer = await startTrytonPeer();
  rpc = await peer.rpc();
  proxy = await startLossyProxy(peer.url);
}, 30 * 60_000);

afterAll(async () => {
  await proxy?.close();
  await peer?.stop();
  await stopTrytonCluster();
}, 120_000);

const salesOf = (reference: string) =>
  rpc.call<Array<{ id: number; number: string; state: string; shipments: number[]; lines: number[] }>>(
    'sale.sale', 'search_read', [['reference', '=', reference]], 0, null, null, ['number', 'state', 'shipments', 'lines'],
  );

describe('tryton connector against a real trytond 6.0', { timeout: 120_000 }, () => {
  it('push-sales-order creates party, address, products and a confirmed sale with our order number as reference', async () => {
    const h = harness(peer);
    const out = await call(h, 'push-sales-order', { order: order('SO-T-1') }, 'sale-1');
    const sales = await salesOf('SO-T-1');
    expect(sales).toHaveLength(1);
    expect(out).toEqual({ status: 'applied', externalId: sales[0].number, data: { id: sales[0].id, number: sales[0].number, state: 'processing' } });
    const lines = await rpc.call<Array<{ note: string; quantity: number; product: number }>>('sale.line', 'read', sales[0].lines, ['note', 'quantity', 'product']);
    const products = await rpc.call<Array<{ id: number; code: string }>>('product.product', 'read', lines.map((l) => l.product), ['code']);
    const code = (id: number) => products.find((p) => p.id === id)?.code;
    expect(lines.map((l) => [code(l.product), l.quantity, l.note]).sort()).toEqual([['MUG-01', 1, 'oms-line:line-2'], ['TSHIRT-M', 2, 'oms-line:line-1']]);
    const parties = await rpc.call<unknown[]>('party.party', 'search', [['code', '=', 'oms:cust-42']]);
    expect(parties).toHaveLength(1);
    expect(sales[0].shipments).toHaveLength(1);
  });

  it('the same push again is already-applied: still one sale in Tryton', async () => {
    const h = harness(peer);
    const out = await call(h, 'push-sales-order', { order: order('SO-T-1') }, 'sale-1');
    expect(out.status).toBe('already-applied');
    expect(await salesOf('SO-T-1')).toHaveLength(1);
    // The next order reuses the party and the products (found by code), it does not create them again.
    await call(h, 'push-sales-order', { order: order('SO-T-2') }, 'sale-2');
    expect(await rpc.call<unknown[]>('party.party', 'search', [['code', '=', 'oms:cust-42']])).toHaveLength(1);
    expect(await rpc.call<unknown[]>('product.product', 'search', [['code', '=', 'TSHIRT-M']])).toHaveLength(1);
  });

  it('retried after a simulated timeout (the reply of sale.sale.create is lost): the retry finds the sale by reference → exactly one sale', async () => {
    const h = harness(peer, { url: proxy.url, host: proxy.host });
    proxy.loseReplyOf('model.sale.sale.create');
    const first = call(h, 'push-sales-order', { order: order('SO-T-3') }, 'sale-3');
    await expect(first).rejects.toMatchObject({ errorClass: 'retryable' });
    expect(proxy.lost).toEqual(['model.sale.sale.create']);
    const drafts = await salesOf('SO-T-3');
    expect(drafts.map((s) => s.state)).toEqual(['draft']);
    const retry = await call(h, 'push-sales-order', { order: order('SO-T-3') }, 'sale-3');
    expect(retry.status).toBe('applied');
    const sales = await salesOf('SO-T-3');
    expect(sales).toHaveLength(1);
    expect(sales[0].id).toBe(drafts[0].id);
    expect(sales[0].state).toBe('processing');
  });

  it('two pushes of one order at the same time leave one sale, whichever way they interleave (search → create → search again; a losing draft is deleted)', async () => {
    const attempt = () => call(harness(peer), 'push-sales-order', { order: order('SO-T-4') }, 'sale-4');
    const settled = await Promise.allSettled([attempt(), attempt()]);
    // A loser may also meet the winner's row lock (conflict / retryable): the host retries it.
    for (const r of settled) if (r.status === 'rejected') expect(['conflict', 'retryable', 'validation']).toContain((r.reason as { errorClass: string }).errorClass);
    const retried = settled.some((r) => r.status === 'rejected') ? await attempt() : undefined;
    if (retried) expect(['applied', 'already-applied']).toContain(retried.status);
    const sales = await salesOf('SO-T-4');
    expect(sales).toHaveLength(1);
    expect(sales[0].state).toBe('processing');
  });

  it('pull-shipments returns a shipment once it is done in Tryton (assign → pick → pack → done), with our order number and line ids', async () => {
    const h = harness(peer);
    const empty = await call(h, 'pull-shipments', { cursor: null });
    expect(empty.items).toEqual([]);
    for (const sku of ['TSHIRT-M', 'MUG-01']) await receiveStock(rpc, await rpc.one('product.product', [['code', '=', sku]]), 10);
    const [sale] = await salesOf('SO-T-1');
    const shipment = sale.shipments[0];
    await rpc.call('stock.shipment.out', 'write', [shipment], { reference: '1Z-TRACK-1' });
    expect(await rpc.call('stock.shipment.out', 'assign_try', [shipment])).toBe(true);
    await rpc.call('stock.shipment.out', 'pick', [shipment]);
    await rpc.call('stock.shipment.out', 'pack', [shipment]);
    await rpc.call('stock.shipment.out', 'done', [shipment]);
    const [done] = await rpc.call<Array<{ number: string; state: string }>>('stock.shipment.out', 'read', [shipment], ['number', 'state']);
    expect(done.state).toBe('done');

    const out = await call(h, 'pull-shipments', { cursor: empty.cursor });
    expect(out.items).toHaveLength(1);
    const item = out.items[0];
    expect({ ...item, lines: [...item.lines].sort((a: { lineId: string }, b: { lineId: string }) => a.lineId.localeCompare(b.lineId)) }).toEqual({
      orderNumber: 'SO-T-1', location: 'wh-1', lines: [{ lineId: 'line-1', qty: 2 }, { lineId: 'line-2', qty: 1 }],
      tracking: '1Z-TRACK-1', externalId: `tryton:${done.number}`, shippedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    });
    expect(out.hasMore).toBe(false);
    // The cursor moved past it: the next pull is empty.
    expect((await call(h, 'pull-shipments', { cursor: out.cursor })).items).toEqual([]);
  });

  it('pull-shipments pages with its (write_date, id) cursor: each done shipment exactly once, in order', async () => {
    const h = harness(peer);
    const start = await call(h, 'pull-shipments', { cursor: null });
    for (const ref of ['SO-T-2', 'SO-T-3']) {
      const [sale] = await salesOf(ref);
      const id = sale.shipments[0];
      for (const step of ['assign_try', 'pick', 'pack', 'done']) await rpc.call('stock.shipment.out', step, [id]);
    }
    const seen: string[] = [];
    let cursor = start.cursor;
    for (let page = 0; page < 5; page++) {
      const out = await call(h, 'pull-shipments', { cursor, limit: 1 });
      seen.push(...out.items.map((i: { orderNumber: string }) => i.orderNumber));
      cursor = out.cursor;
      if (!out.hasMore) break;
    }
    expect(seen).toEqual(['SO-T-2', 'SO-T-3']);
  });

  it('pull-stock reads on-hand per SKU in the mapped warehouse (received 10, shipped 2 + 2 + 2)', async () => {
    const h = harness(peer);
    const out = await call(h, 'pull-stock', { cursor: null });
    const bySku = Object.fromEntries(out.items.map((i: { sku: string; onHand: number; location: string }) => [i.sku, [i.location, i.onHand]]));
    expect(bySku).toMatchObject({ 'TSHIRT-M': ['wh-1', 4], 'MUG-01': ['wh-1', 7] });
    const paged = await call(h, 'pull-stock', { cursor: null, limit: 1 });
    expect(paged.items).toHaveLength(1);
    expect(paged.hasMore).toBe(true);
    const rest = await call(h, 'pull-stock', { cursor: paged.cursor, limit: 10 });
    expect(rest.items.map((i: { sku: string }) => i.sku)).not.toContain(paged.items[0].sku);
  });

  it("a bad password is an 'auth' failure; test connection tells good from bad", async () => {
    const h = harness(peer, { password: 'wrong-password' });
    await expect(call(h, 'push-sales-order', { order: order('SO-T-9') })).rejects.toMatchObject({ errorClass: 'auth' });
    expect(await salesOf('SO-T-9')).toEqual([]);
    await expect(plugin.testConnection!(h.ctx as never)).rejects.toMatchObject({ errorClass: 'auth' });
    const good = harness(peer);
    expect(await plugin.testConnection!(good.ctx as never)).toEqual({ ok: true, message: `logged in to ${peer.database} as admin` });
  });

  it('an expired session is renewed once, transparently', async () => {
    const h = harness(peer);
    await call(h, 'pull-stock', { cursor: null, limit: 1 });
    const key = `session:${peer.database}:admin`;
    const session = h.state.get(key) as { auth: string; context: unknown };
    h.state.set(key, { ...session, auth: `Session ${Buffer.from('admin:1:expired-session-token').toString('base64')}` });
    const out = await call(h, 'pull-stock', { cursor: null, limit: 1 });
    expect(out.items).toHaveLength(1);
    expect((h.state.get(key) as { auth: string }).auth).not.toBe(session.auth);
  });
});
