import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLossyProxy, type LossyProxy } from '../../peers/tryton-lossy-proxy.js';
import { startTrytonPeerWhenFree, stopTrytonCluster, type TrytonPeer } from '../../peers/tryton-peer.js';
import { decimal, type TrytonRpc } from '../../peers/tryton-rpc.js';
import { startVendurePeer, type VendurePeer } from '../../peers/vendure-peer.js';
import { build945 } from '../../peers/x12-945-from-940.js';
import { readOrder, readVariant } from './vendure-connector.js';
import { startScenarioWorld, until, type ScenarioWorld } from './peer-scenario-world.js';

/**
 * Issue #11's end-to-end acceptance with real peers, all installed for one tenant through the platform API
 * (child-process host, encrypted credentials) and driven by the server's real worker: Vendure order → pull →
 * review → route → reserve → 940 (automatic WMS push) and Tryton sale (automatic ERP push, first reply lost) →
 * 945 in the folder → shipment → Vendure Shipped with tracking → stock pushed back to Vendure.
 */
const WH = { id: 'wh-3pl', lat: 51.5072, lon: -0.1276 };
const STOCK: Array<[string, number]> = [['VND-MUG', 40], ['VND-TEE', 30]];
const TRACKING = '1ZPEER0000000001';

let w: ScenarioWorld;
let vendure: VendurePeer;
let tryton: TrytonPeer;
let rpc: TrytonRpc;
let proxy: LossyProxy;
const ids: Record<'vendure' | 'tryton' | 'x12', string> = { vendure: '', tryton: '', x12: '' };
let started = 0;
let ready = 0;

beforeAll(async () => {
  started = performance.now();
  [w, vendure, tryton] = await Promise.all([startScenarioWorld('peers', WH, STOCK), startVendurePeer(), startTrytonPeerWhenFree()]);
  rpc = await tryton.rpc();
  // The ERP keeps the shop's currencies (Vendure sells in USD; the seeded Tryton company books in EUR).
  for (const code of ['USD', 'GBP']) await ensureCurrency(rpc, code);
  proxy = await startLossyProxy(tryton.url);
  ids.vendure = await w.install('vendure', { baseUrl: vendure.baseUrl }, { apiKey: vendure.apiKey }, [vendure.host]);
  ids.tryton = await w.install('tryton', { url: proxy.url, database: tryton.database, warehouses: [{ code: 'WH', location: WH.id }] }, { username: 'admin', password: 'admin' }, [proxy.host]);
  ids.x12 = await w.install('x12-3pl', { senderId: 'OMSSTUDIO', receiverId: 'ACME3PL', location: WH.id });
  await w.startWorker();
  ready = performance.now();
}, 30 * 60_000);

afterAll(async () => {
  const s = (ms: number) => (ms / 1000).toFixed(1);
  process.stderr.write(`[peer-scenario] wall time ${s(performance.now() - started)} s: setup (peers, installs) ${s(ready - started)} s, scenario ${s(performance.now() - ready)} s\n`);
  await w?.close();
  await proxy?.close();
  await Promise.all([vendure?.stop(), tryton?.stop()]);
  await stopTrytonCluster();
}, 120_000);

async function ensureCurrency(r: TrytonRpc, code: string): Promise<void> {
  const found = await r.call<number[]>('currency.currency', 'search', [['code', '=', code]], 0, 1);
  if (found.length > 0) return;
  await r.call('currency.currency', 'create', [{
    name: code, code, symbol: code, rounding: decimal('0.01'), digits: 2,
    rates: [['create', [{ date: { __class__: 'date', year: 2000, month: 1, day: 1 }, rate: decimal('1') }]]],
  }]);
}

const pendingPushJobs = async () =>
  Number((await w.t.db.raw(`SELECT count(*)::int AS n FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks k ON k.id = j.task_id
     WHERE k.identifier LIKE 'plugin-push-%'`)).rows[0].n);
const salesOf = (reference: string) =>
  rpc.call<Array<{ id: number; state: string; reference: string }>>('sale.sale', 'search_read', [['reference', '=', reference]], 0, null, null, ['state', 'reference']);
const available = async (sku: string) =>
  Number((await w.t.db('stock_levels').where({ tenant_id: w.tenantId, sku }).first(w.t.db.raw('COALESCE(SUM(GREATEST(on_hand - reserved - safety, 0)), 0)::int AS a'))).a);

describe('one order through Vendure, the OMS, a 3PL (X12 folders) and Tryton', { timeout: 10 * 60_000 }, () => {
  it('credentials were stored encrypted (write-only, not in plaintext in the database)', async () => {
    const rows = await w.t.db('plugin_installations').where({ tenant_id: w.tenantId }).select('plugin_id', 'credentials');
    const vend = rows.find((r) => r.plugin_id === 'vendure')!;
    expect(vend.credentials).toMatch(/^v1:/);
    expect(vend.credentials).not.toContain(vendure.apiKey);
    const r = await w.admin.get(`/api/installations/${ids.vendure}`);
    expect(JSON.stringify(r.body)).not.toContain(vendure.apiKey);
  });

  it('runs end to end', async () => {
    proxy.loseReplyOf('model.sale.sale.create');
    const placed = await vendure.placeOrder([{ sku: 'VND-MUG', qty: 2 }, { sku: 'VND-TEE', qty: 1 }]);

    // pulled ("sync now" queues the job; the worker runs the pull), reviewed, routed and reserved by the demo flow
    expect((await w.admin.post(`/api/installations/${ids.vendure}/sync`)).status).toBe(202);
    const order = await until('the order pulled and allocated', async () => {
      const o = await w.t.db('orders').where({ tenant_id: w.tenantId, channel: 'vendure', external_id: placed.code }).first('id', 'number', 'status', 'review', 'plan');
      return o?.status === 'allocated' && o;
    }, 120_000);
    expect(order.review.decision).toBe('pass');
    expect(order.plan.shipments.map((s: { location: string }) => s.location)).toEqual([WH.id]);
    const reserved = await w.t.db('stock_reservations').where({ tenant_id: w.tenantId, order_id: order.id, status: 'open' }).orderBy('sku').select('location_id', 'sku', 'qty');
    expect(reserved).toEqual([{ location_id: WH.id, sku: 'VND-MUG', qty: 2 }, { location_id: WH.id, sku: 'VND-TEE', qty: 1 }]);

    // the automatic WMS push wrote a 940 into the 3PL's outbound folder
    const x12 = w.files(ids.x12);
    const [file940] = await until('a 940 in the outbound folder', async () => {
      const f = (await x12.list('outbound')).filter((n) => n.startsWith('940-'));
      return f.length > 0 && f;
    });
    const edi940 = await x12.read(`outbound/${file940}`);
    expect(edi940).toContain(`W05*N*${order.number}*${placed.code}~`);

    // the automatic ERP push made exactly one Tryton sale although the first reply was lost (host retry, same key)
    await until('the push jobs done', async () => (await pendingPushJobs()) === 0, 120_000);
    expect(await w.t.db('plugin_dead_letters').where({ tenant_id: w.tenantId }).select('capability', 'error')).toEqual([]);
    expect(proxy.lost).toEqual(['model.sale.sale.create']);
    const sales = await salesOf(order.number);
    expect(sales).toHaveLength(1);
    expect(['confirmed', 'processing']).toContain(sales[0].state);

    // the 3PL ships: a 945 built from the 940 confirms the shipment (pull-shipping-advice, "sync now" on the WMS)
    const advice = build945(edi940, { tracking: TRACKING, shipmentId: 'SHP-PEER-1', control: 9001, date: '20300101', time: '0900' });
    expect(advice.lines.map((l) => [l.sku, l.qty])).toEqual([['VND-MUG', 2], ['VND-TEE', 1]]);
    await x12.drop('945-SHP-PEER-1.x12', advice.text);
    expect((await w.admin.post(`/api/installations/${ids.x12}/sync`)).status).toBe(202);
    await until('the order shipped', async () => (await w.t.db('orders').where({ tenant_id: w.tenantId, id: order.id }).first('status')).status === 'shipped');
    const shipment = await w.t.db('shipments').where({ tenant_id: w.tenantId, order_id: order.id }).first('tracking', 'location_id');
    expect(shipment).toEqual({ tracking: TRACKING, location_id: WH.id });
    expect(await x12.list('archive')).toEqual(['945-SHP-PEER-1.x12']);

    // Vendure's order is Shipped with our tracking code (push-fulfilment on shipment confirmed)
    const remote = await until('the Vendure order Shipped', async () => {
      const o = await readOrder(vendure, placed.code);
      return o.state === 'Shipped' && o;
    });
    expect(remote.fulfillments.map((f) => f.trackingCode)).toEqual([TRACKING]);

    // stock levels were pushed back: what Vendure may sell is our available quantity
    for (const [sku] of STOCK) {
      const want = await available(sku);
      await until(`Vendure stock of ${sku} = ${want}`, async () => {
        const v = await readVariant(vendure, sku);
        return v.stockOnHand - v.stockAllocated === want;
      });
    }
    expect(await available('VND-MUG')).toBe(40 - 2);

    // a second allocation-free pass changes nothing: still one sale, one 940
    expect(await salesOf(order.number)).toHaveLength(1);
    expect((await x12.list('outbound')).filter((n) => n.startsWith('940-'))).toEqual([file940]);
  });
});
