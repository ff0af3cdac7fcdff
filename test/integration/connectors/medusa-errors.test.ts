import { createServer, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../server/src/db/embedded.js';
import { startFaultProxy, type FaultProxy } from '../../peers/fault-proxy.js';
import { medusaHarness, plugin, pull, push, startSeededMedusa, type SeededMedusa } from './medusa-connector.js';

// Error classes against the real Medusa (a wrong or revoked secret key, a closed port) and the faults Medusa
// never produces on its own (429, 5xx) from a proxy in front of it.
let m: SeededMedusa;
let proxy: FaultProxy;
beforeAll(async () => {
  m = await startSeededMedusa();
  proxy = await startFaultProxy(m.peer.baseUrl);
}, 1_800_000);
afterAll(async () => {
  await proxy?.close();
  await m?.peer.stop();
}, 60_000);

describe('medusa error classes', { timeout: 600_000 }, () => {
  it('a wrong secret key is auth (pull, push, stock, test connection); the right one connects', async () => {
    const h = medusaHarness(m, { apiKey: 'sk_not-the-right-key-0000' });
    await expect(pull(h, null)).rejects.toMatchObject({ errorClass: 'auth' });
    await expect(push(h, 'push-fulfilment', { order: 'order_X', status: 'shipped' }, 'k')).rejects.toMatchObject({ errorClass: 'auth' });
    await expect(push(h, 'push-stock', { levels: [{ sku: 'MED-MUG', available: 1 }] }, 'k')).rejects.toMatchObject({ errorClass: 'auth' });
    expect(await plugin.testConnection!(h.ctx as never)).toMatchObject({ ok: false });
    expect(await plugin.testConnection!(medusaHarness(m).ctx as never)).toMatchObject({ ok: true });
  });

  it('a publishable key (pk_) in place of the secret key is auth, not a crash', async () => {
    const h = medusaHarness(m, { apiKey: m.seed.publishableKey });
    await expect(pull(h, null)).rejects.toMatchObject({ errorClass: 'auth' });
  });

  it('429 is rate-limited with Retry-After, 5xx retryable; the same call then goes through to the peer', async () => {
    const h = medusaHarness(m, { host: proxy.host, baseUrl: proxy.url });
    proxy.failNext(429, 1, { 'retry-after': '7' });
    await expect(pull(h, null)).rejects.toMatchObject({ errorClass: 'rate-limited', retryAfterMs: 7000 });
    proxy.failNext(503);
    await expect(pull(h, null)).rejects.toMatchObject({ errorClass: 'retryable' });
    proxy.failNext(502);
    await expect(push(h, 'push-fulfilment', { order: 'order_X', status: 'shipped' }, 'k')).rejects.toMatchObject({ errorClass: 'retryable' });
    proxy.failNext(500);
    await expect(push(h, 'push-stock', { levels: [{ sku: 'MED-MUG', available: 1 }] }, 'k')).rejects.toMatchObject({ errorClass: 'retryable' });
    const before = proxy.forwarded();
    expect((await pull(h, null)).cursor).toEqual(expect.any(String));
    expect(proxy.forwarded()).toBe(before + 1);
  });

  it('a server that does not answer is retryable; a host off the allow-list is refused before any request', async () => {
    const closed = await freePort();
    const down = medusaHarness(m, { host: `127.0.0.1:${closed}`, baseUrl: `http://127.0.0.1:${closed}` });
    await expect(pull(down, null)).rejects.toMatchObject({ errorClass: 'retryable' });
    // A server that accepts the connection and never answers: the request times out → retryable.
    const sockets: Socket[] = [];
    const silent = createServer((s) => sockets.push(s));
    const port = await freePort();
    await new Promise<void>((r) => silent.listen(port, '127.0.0.1', r));
    try {
      const hung = medusaHarness(m, { host: `127.0.0.1:${port}`, baseUrl: `http://127.0.0.1:${port}`, config: { requestTimeoutMs: 1000 } });
      await expect(pull(hung, null)).rejects.toMatchObject({ errorClass: 'retryable' });
      expect(sockets.length).toBeGreaterThan(0);
    } finally {
      sockets.forEach((s) => s.destroy());
      await new Promise((r) => silent.close(r));
    }
    const off = medusaHarness(m, { host: 'shop.example.com' });
    await expect(pull(off, null)).rejects.toMatchObject({ errorClass: 'permanent' });
  });
});
