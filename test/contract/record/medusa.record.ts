import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PluginHttpRequest } from '@oms/runtime';
import { medusaHarness, plugin, pull, push, startSeededMedusa, type SeededMedusa } from '../../integration/connectors/medusa-connector.js';
import { recordHarness, saveRecording } from '../../support/plugin-contract-record.js';

// The Medusa fixtures' traffic, recorded from a real Medusa 2.21.2 (the peer the connector tests use).
const opts = {
  match: (_req: PluginHttpRequest) => [] as string[],
  write: (req: PluginHttpRequest) => req.method !== 'GET',
};
let m: SeededMedusa;
beforeAll(async () => {
  m = await startSeededMedusa();
});
afterAll(() => m?.peer.stop());

it('records pull, fulfilment (create, ship, retry), stock, test connection and a wrong key', async () => {
  const h = medusaHarness(m);
  const rec = recordHarness(h, opts);
  const placed = await m.place([{ sku: 'MED-MUG', qty: 2 }, { sku: 'MED-TEE', qty: 1 }], 'ada@example.com');
  const out: Record<string, unknown> = { placed: { id: placed.id, display_id: placed.display_id }, seed: { stockLocationId: m.seed.stockLocationId } };
  await pull(h, null, 1);
  out.pull = rec.take();
  const fulfil = { order: placed.id, status: 'shipped', carrier: 'DHL', tracking: 'JD014600006281230704', trackingUrl: 'https://track.example/JD014600006281230704' };
  expect((await push(h, 'push-fulfilment', fulfil, 'contract-fulfil')).status).toBe('applied');
  out.fulfil = rec.take();
  expect((await push(h, 'push-fulfilment', fulfil, 'contract-fulfil')).status).toBe('already-applied');
  out.fulfilRetry = rec.take();
  expect((await push(h, 'push-fulfilment', { ...fulfil, status: 'delivered' }, 'contract-deliver')).status).toBe('applied');
  out.deliver = rec.take();
  const stock = { levels: [{ sku: 'MED-MUG', available: 40 }] };
  expect((await push(h, 'push-stock', stock, 'contract-stock')).status).toBe('applied');
  out.stock = rec.take();
  expect((await push(h, 'push-stock', stock, 'contract-stock')).status).toBe('already-applied');
  out.stockRetry = rec.take();
  expect(await plugin.testConnection!(h.ctx as never)).toMatchObject({ ok: true });
  out.testConnection = rec.take();
  expect(await push(h, 'push-fulfilment', { order: 'order_01NOSUCHORDER0000000000000', status: 'shipped' }, 'contract-404')).toMatchObject({ status: 'rejected' });
  out.notFound = rec.take();
  const bad = medusaHarness(m, { apiKey: 'sk_not-the-right-key-0000' });
  const badRec = recordHarness(bad, opts);
  await expect(pull(bad, null)).rejects.toMatchObject({ errorClass: 'auth' });
  out.wrongKey = badRec.take();
  await saveRecording('medusa', out);
});
