import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PluginHttpRequest } from '@oms/runtime';
import { startTrytonPeer, stopTrytonCluster, type TrytonPeer } from '../../peers/tryton-peer.js';
import type { TrytonRpc } from '../../peers/tryton-rpc.js';
import { receiveStock } from '../../peers/tryton-seed.js';
import plugin from '../../../plugins/tryton/src/index.js';
import { call, harness, order } from '../../integration/connectors/tryton-support.js';
import { recordHarness, saveRecording } from '../../support/plugin-contract-record.js';

// The Tryton fixtures' traffic, recorded from a real trytond 6.0 (the peer the connector tests use).
const method = (req: PluginHttpRequest) => String((req.body as { method?: string })?.method ?? '');
const opts = {
  match: (req: PluginHttpRequest) => [`"method":"${method(req)}"`],
  write: (req: PluginHttpRequest) => /\.(create|write|delete|quote|confirm|process)$/.test(method(req)),
};
let peer: TrytonPeer;
let rpc: TrytonRpc;
beforeAll(async () => {
  peer = await startTrytonPeer();
  rpc = await peer.rpc();
});
afterAll(async () => {
  await peer?.stop();
  await stopTrytonCluster();
});

const recorded = (password?: string) => {
  const h = harness(peer, { password });
  return { h, rec: recordHarness(h, opts) };
};

it('records the sale push (twice), shipments, stock, test connection and a bad password', async () => {
  const out: Record<string, unknown> = { database: peer.database };
  const push = recorded();
  const input = { order: order('SO-C-1') };
  expect((await call(push.h, 'push-sales-order', input, 'contract-sale')).status).toBe('applied');
  expect((await call(push.h, 'push-sales-order', input, 'contract-sale')).status).toBe('already-applied');
  out.push = push.rec.take();

  for (const sku of ['TSHIRT-M', 'MUG-01']) await receiveStock(rpc, await rpc.one('product.product', [['code', '=', sku]]), 10);
  const [sale] = await rpc.call<Array<{ shipments: number[] }>>('sale.sale', 'search_read', [['reference', '=', 'SO-C-1']], 0, null, null, ['shipments']);
  const shipment = sale.shipments[0];
  await rpc.call('stock.shipment.out', 'write', [shipment], { reference: '1Z-TRACK-1' });
  for (const step of ['assign_try', 'pick', 'pack', 'done']) await rpc.call('stock.shipment.out', step, [shipment]);
  const ship = recorded();
  expect((await call(ship.h, 'pull-shipments', { cursor: null })).items).toHaveLength(1);
  out.shipments = ship.rec.take();

  const stock = recorded();
  expect((await call(stock.h, 'pull-stock', { cursor: null })).items.length).toBeGreaterThan(0);
  out.stock = stock.rec.take();

  const conn = recorded();
  expect(await plugin.testConnection!(conn.h.ctx as never)).toMatchObject({ ok: true });
  out.testConnection = conn.rec.take();

  const bad = recorded('wrong-password');
  await expect(call(bad.h, 'push-sales-order', { order: order('SO-C-9') })).rejects.toMatchObject({ errorClass: 'auth' });
  out.wrongPassword = bad.rec.take();
  await saveRecording('tryton', out);
});
