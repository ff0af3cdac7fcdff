import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { callCapability } from '../../support/plugin-harness.js';
import { fixture, plugin, shopifyHarness, startShopifyStub, type ShopifyStub } from './shopify-admin-stub.js';

let stub: ShopifyStub;
beforeAll(async () => {
  stub = await startShopifyStub();
});
afterAll(() => stub.close());
afterEach(() => {
  const left = { errors: [...stub.errors], pending: stub.pending() };
  stub.reset();
  expect(left).toEqual({ errors: [], pending: 0 });
});

const pull = (h: ReturnType<typeof shopifyHarness>) => callCapability(plugin, 'pull-orders', { cursor: null }, 'k', h);

/** A loopback port nobody listens on. */
async function deadPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

describe('shopify error classes', () => {
  it('THROTTLED (cost budget) is rate-limited; the wait is what the bucket needs: (502 − 152) / 100 per s = 3.5 s', async () => {
    stub.script({ op: 'PullOrders', fixture: 'throttled.json' });
    await expect(pull(shopifyHarness(stub))).rejects.toMatchObject({
      errorClass: 'rate-limited',
      retryAfterMs: 3500,
      details: { throttleStatus: { currentlyAvailable: 152, restoreRate: 100 } },
    });
  });

  it('a throttle with a nearly full bucket still waits at least a second', async () => {
    const body = fixture('throttled.json') as { extensions: { cost: { requestedQueryCost: number } } };
    body.extensions.cost.requestedQueryCost = 100;
    stub.script({ op: 'PullOrders', body });
    await expect(pull(shopifyHarness(stub))).rejects.toMatchObject({ errorClass: 'rate-limited', retryAfterMs: 1000 });
  });

  it('HTTP 429 is rate-limited with Retry-After', async () => {
    stub.script({ op: 'PullOrders', status: 429, headers: { 'retry-after': '2.0' }, body: { errors: 'Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.' } });
    await expect(pull(shopifyHarness(stub))).rejects.toMatchObject({ errorClass: 'rate-limited', retryAfterMs: 2000 });
  });

  it('a wrong access token (401), a missing scope (403, ACCESS_DENIED) are auth', async () => {
    // The stub answers 401 itself to any other token, as Shopify does.
    await expect(pull(shopifyHarness(stub, {}, { accessToken: 'shpat_wrong-token-000000' }))).rejects.toMatchObject({ errorClass: 'auth' });
    stub.script({ op: 'PullOrders', status: 403, body: { errors: '[API] This action requires merchant approval for read_orders scope.' } });
    await expect(pull(shopifyHarness(stub))).rejects.toMatchObject({ errorClass: 'auth' });
    stub.script({ op: 'PullOrders', fixture: 'access-denied.json' });
    await expect(pull(shopifyHarness(stub))).rejects.toMatchObject({ errorClass: 'auth', message: expect.stringContaining('read_orders') });
    stub.script({ op: 'StockTargets', status: 401, body: { errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' } });
    await expect(callCapability(plugin, 'push-stock', { levels: [{ sku: 'MUG-BLUE', available: 1 }] }, 'k', shopifyHarness(stub))).rejects.toMatchObject({ errorClass: 'auth' });
  });

  it('5xx and an unreachable shop are retryable; a GraphQL syntax error is permanent', async () => {
    stub.script({ op: 'PullOrders', status: 503, body: { errors: 'Service Unavailable' } });
    await expect(pull(shopifyHarness(stub))).rejects.toMatchObject({ errorClass: 'retryable' });
    const port = await deadPort();
    const gone = shopifyHarness({ url: `http://127.0.0.1:${port}`, host: `127.0.0.1:${port}` });
    await expect(pull(gone)).rejects.toMatchObject({ errorClass: 'retryable' });
    stub.script({ op: 'PullOrders', body: { errors: [{ message: "Field 'nope' doesn't exist on type 'Order'", extensions: { code: 'undefinedField', typeName: 'Order', fieldName: 'nope' } }] } });
    await expect(pull(shopifyHarness(stub))).rejects.toMatchObject({ errorClass: 'permanent' });
  });

  it('a host not on the allow-list is refused by the host client (permanent), nothing is sent', async () => {
    const h = shopifyHarness(stub, { shopUrl: 'https://evil.example.com' });
    await expect(pull(h)).rejects.toMatchObject({ errorClass: 'permanent' });
    expect(stub.received).toEqual([]);
  });

  it('test connection reads the shop; a bad token says auth', async () => {
    stub.script({ op: 'shop', body: { data: { shop: { name: 'OMS Demo Store', currencyCode: 'EUR' } } } });
    expect(await plugin.testConnection!(shopifyHarness(stub).ctx as never)).toEqual({ ok: true, message: 'OMS Demo Store (EUR)' });
    expect(await plugin.testConnection!(shopifyHarness(stub, {}, { accessToken: 'shpat_bad-000000' }).ctx as never)).toMatchObject({ ok: false, message: expect.stringMatching(/^auth:/) });
  });
});
