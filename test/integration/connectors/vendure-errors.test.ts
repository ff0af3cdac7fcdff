import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateCanonicalOrder, type PluginManifest } from '@oms/runtime';
import manifest from '../../../plugins/vendure/manifest.json' with { type: 'json' };
import { freePort } from '../../../server/src/db/embedded.js';
import { startFaultProxy, type FaultProxy } from '../../peers/fault-proxy.js';
import { startVendurePeer, type VendurePeer } from '../../peers/vendure-peer.js';
import { plugin, pull, push, vendureHarness } from './vendure-connector.js';

// Error classes against the real peer (bad key, unreachable), faults Vendure never produces (429, 503) from a
// proxy in front of it, and webhook intake from an EventBus subscriber inside the peer.
const SECRET = 'peer-webhook-secret-0123456789';
const deliveries: Array<{ headers: Record<string, string>; rawBody: string }> = [];
let receiver: Server;
let peer: VendurePeer;
let proxy: FaultProxy;

beforeAll(async () => {
  const port = await freePort();
  receiver = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    deliveries.push({ headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])), rawBody: Buffer.concat(chunks).toString('utf8') });
    res.writeHead(202).end();
  });
  await new Promise<void>((r) => receiver.listen(port, '127.0.0.1', r));
  peer = await startVendurePeer({ hook: { url: `http://127.0.0.1:${port}/hooks`, secret: SECRET } });
  proxy = await startFaultProxy(peer.baseUrl);
}, 900_000);
afterAll(async () => {
  await proxy?.close();
  await peer?.stop();
  await new Promise((r) => receiver?.close(r));
}, 60_000);

describe('vendure error classes', { timeout: 180_000 }, () => {
  it('a wrong API key is auth (pull, push, test connection)', async () => {
    const h = vendureHarness(peer, { apiKey: 'not-the-right-key-000' });
    await expect(pull(h, null)).rejects.toMatchObject({ errorClass: 'auth' });
    await expect(push(h, 'push-stock', { levels: [{ sku: 'VND-MUG', available: 1 }] }, 'k')).rejects.toMatchObject({ errorClass: 'auth' });
    expect(await plugin.testConnection!(h.ctx as never)).toMatchObject({ ok: false });
    expect(await plugin.testConnection!(vendureHarness(peer).ctx as never)).toMatchObject({ ok: true });
  });

  it('429 is rate-limited with Retry-After, 5xx retryable; the same call then goes through to the peer', async () => {
    const h = vendureHarness(peer, { host: proxy.host, baseUrl: proxy.url });
    proxy.failNext(429, 1, { 'retry-after': '7' });
    await expect(pull(h, null)).rejects.toMatchObject({ errorClass: 'rate-limited', retryAfterMs: 7000 });
    proxy.failNext(503);
    await expect(pull(h, null)).rejects.toMatchObject({ errorClass: 'retryable' });
    proxy.failNext(502);
    await expect(push(h, 'push-fulfilment', { order: 'X', status: 'shipped' }, 'k')).rejects.toMatchObject({ errorClass: 'retryable' });
    const before = proxy.forwarded();
    expect((await pull(h, null)).cursor).toEqual(expect.any(String));
    expect(proxy.forwarded()).toBe(before + 1);
  });

  it('a shop that does not answer is retryable; a host off the allow-list is refused before any request', async () => {
    const closed = await freePort();
    const down = vendureHarness(peer, { host: `127.0.0.1:${closed}`, baseUrl: `http://127.0.0.1:${closed}` });
    await expect(pull(down, null)).rejects.toMatchObject({ errorClass: 'retryable' });
    const off = vendureHarness(peer, { host: 'shop.example.com' });
    await expect(pull(off, null)).rejects.toMatchObject({ errorClass: 'permanent' });
  });
});

describe('vendure webhook', { timeout: 180_000 }, () => {
  it('a signed order.placed event from the shop parses to the canonical order', async () => {
    const placed = await peer.placeOrder([{ sku: 'VND-TEE', qty: 2 }]);
    // The subscriber posts asynchronously: wait for it with a bounded poll, not a sleep.
    for (let i = 0; i < 600 && !deliveries.some((d) => d.rawBody.includes(placed.code)); i++) await new Promise((r) => setTimeout(r, 100));
    const d = deliveries.find((x) => x.rawBody.includes(placed.code));
    expect(d, `no event delivered by the peer; its output:\n${peer.output()}`).toBeDefined();
    const spec = (manifest as unknown as PluginManifest).webhook!;
    // What the host verifies before calling parse: the manifest's scheme over the raw body.
    const expected = createHmac('sha256', SECRET).update(d!.rawBody).digest();
    const got = Buffer.from(d!.headers[spec.signature.header.toLowerCase()], 'hex');
    expect(got.length === expected.length && timingSafeEqual(got, expected)).toBe(true);
    const h = vendureHarness(peer);
    const parsed = await plugin.webhook!.parse({ ...d!, receivedAt: 0 }, h.ctx as never);
    expect(parsed.deliveryId).toBe(d!.headers[spec.deliveryIdHeader!.toLowerCase()]);
    expect(parsed.events).toHaveLength(1);
    expect(parsed.events[0]).toMatchObject({ type: 'order.placed', payload: { externalId: placed.code, lines: [{ sku: 'VND-TEE', qty: 2 }] } });
    expect(validateCanonicalOrder(parsed.events[0].payload)).toEqual([]);
  });

  it('a body that is not an event is a validation failure', async () => {
    const h = vendureHarness(peer);
    await expect(Promise.resolve().then(() => plugin.webhook!.parse({ headers: {}, rawBody: '{nope', receivedAt: 0 }, h.ctx as never))).rejects.toMatchObject({ errorClass: 'validation' });
  });
});
