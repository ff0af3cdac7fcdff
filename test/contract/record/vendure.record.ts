import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PluginHttpRequest } from '@oms/runtime';
import { startVendurePeer, type VendurePeer } from '../../peers/vendure-peer.js';
import { plugin, pull, push, vendureHarness } from '../../integration/connectors/vendure-connector.js';
import { recordHarness, saveRecording } from '../../support/plugin-contract-record.js';

// The Vendure fixtures' traffic, recorded from a real Vendure 3.7.3 (the peer the connector tests use).
const query = (req: PluginHttpRequest) => String((req.body as { query?: string })?.query ?? '');
const opts = {
  match: (req: PluginHttpRequest) => [query(req).match(/\{\s*(\w+)/)?.[1] ?? ''],
  write: (req: PluginHttpRequest) => query(req).trim().startsWith('mutation'),
};
let peer: VendurePeer;
beforeAll(async () => {
  peer = await startVendurePeer();
});
afterAll(() => peer?.stop());

it('records pull, fulfilment, stock, test connection, webhook read-back and a wrong key', async () => {
  const h = vendureHarness(peer);
  const rec = recordHarness(h, opts);
  const placed = await peer.placeOrder([{ sku: 'VND-MUG', qty: 2 }, { sku: 'VND-TEE', qty: 1 }], { email: 'ada@example.com' });
  const out: Record<string, unknown> = { placed };
  await pull(h, null);
  out.pull = rec.take();
  const fulfil = { order: placed.code, status: 'shipped', carrier: 'DHL', tracking: 'JD014600006281230704' };
  expect((await push(h, 'push-fulfilment', fulfil, 'contract-fulfil')).status).toBe('applied');
  expect((await push(h, 'push-fulfilment', fulfil, 'contract-fulfil')).status).toBe('already-applied');
  out.fulfil = rec.take();
  const stock = { levels: [{ sku: 'VND-MUG', available: 40 }] };
  expect((await push(h, 'push-stock', stock, 'contract-stock')).status).toBe('applied');
  expect((await push(h, 'push-stock', stock, 'contract-stock')).status).toBe('already-applied');
  out.stock = rec.take();
  expect(await plugin.testConnection!(h.ctx as never)).toMatchObject({ ok: true });
  out.testConnection = rec.take();
  const event = { id: 'evt-contract-1', type: 'order.placed', order: { id: placed.id, code: placed.code } };
  const parsed = await plugin.webhook!.parse({ headers: { 'x-vendure-event-id': event.id }, rawBody: JSON.stringify(event), receivedAt: 0 }, h.ctx as never);
  expect(parsed.events).toHaveLength(1);
  out.webhook = { rawBody: JSON.stringify(event), peer: rec.take() };
  const bad = vendureHarness(peer, { apiKey: 'not-the-right-key-000' });
  const badRec = recordHarness(bad, opts);
  await expect(pull(bad, null)).rejects.toMatchObject({ errorClass: 'auth' });
  out.wrongKey = badRec.take();
  await saveRecording('vendure', out);
});
