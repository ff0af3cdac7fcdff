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

const push = (input: unknown, h = shopifyHarness(stub)) => callCapability(plugin, 'push-fulfilment', input, 'ship-1', h);
const shipped = { order: '5512345678901', status: 'shipped', carrier: 'UPS', tracking: '1Z999AA10123456784', trackingUrl: 'https://www.ups.com/track?tracknum=1Z999AA10123456784' };

describe('shopify push-fulfilment', () => {
  it('looks up the fulfillment orders, then one fulfillmentCreate per open one with trackingInfo', async () => {
    stub.script(
      { op: 'FulfilmentTarget', fixture: 'fulfilment-target-open.json' },
      { op: 'Fulfil', fixture: 'fulfillment-create-1.json' },
      { op: 'Fulfil', fixture: 'fulfillment-create-2.json' },
    );
    expect(await push(shipped)).toEqual({
      status: 'applied',
      externalId: 'gid://shopify/Fulfillment/4412345678901',
      data: { fulfillments: ['gid://shopify/Fulfillment/4412345678901', 'gid://shopify/Fulfillment/4412345678902'] },
    });
    const [lookup, first, second] = stub.received;
    expect(lookup.variables).toEqual({ id: 'gid://shopify/Order/5512345678901' });
    expect(lookup.query).toMatch(/fulfillmentOrders\(first: 10\) \{ nodes \{ id status lineItems\(first: 30\)/);
    const trackingInfo = { company: 'UPS', number: '1Z999AA10123456784', url: 'https://www.ups.com/track?tracknum=1Z999AA10123456784' };
    expect(first.query).toMatch(/fulfillmentCreate\(fulfillment: \$fulfillment\)/);
    // The CLOSED fulfillment order is left alone; all remaining lines ship when no lines are named.
    expect(first.variables).toEqual({ fulfillment: { lineItemsByFulfillmentOrder: [{ fulfillmentOrderId: 'gid://shopify/FulfillmentOrder/6612345678901' }], trackingInfo, notifyCustomer: false } });
    expect(second.variables).toEqual({ fulfillment: { lineItemsByFulfillmentOrder: [{ fulfillmentOrderId: 'gid://shopify/FulfillmentOrder/6612345678902' }], trackingInfo, notifyCustomer: false } });
  });

  it('named lines ship only those quantities, from the fulfillment order holding them', async () => {
    stub.script({ op: 'FulfilmentTarget', fixture: 'fulfilment-target-open.json' }, { op: 'Fulfil', fixture: 'fulfillment-create-1.json' });
    const out = await push({ ...shipped, lines: [{ sku: 'MUG-BLUE', qty: 1 }] }, shopifyHarness(stub, { notifyCustomer: true }));
    expect(out).toMatchObject({ status: 'applied', externalId: 'gid://shopify/Fulfillment/4412345678901' });
    expect(stub.received[1].variables).toMatchObject({
      fulfillment: {
        lineItemsByFulfillmentOrder: [{ fulfillmentOrderId: 'gid://shopify/FulfillmentOrder/6612345678901', fulfillmentOrderLineItems: [{ id: 'gid://shopify/FulfillmentOrderLineItem/16612345678901', quantity: 1 }] }],
        notifyCustomer: true,
      },
    });
  });

  it('an order already fulfilled is already-applied, without a mutation (a retry is safe)', async () => {
    stub.script({ op: 'FulfilmentTarget', fixture: 'fulfilment-target-fulfilled.json' });
    expect(await push(shipped)).toEqual({ status: 'already-applied', externalId: 'gid://shopify/Fulfillment/4412345678901' });
    stub.script({ op: 'FulfilmentTarget', fixture: 'fulfilment-target-fulfilled.json' });
    expect(await push({ ...shipped, lines: [{ sku: 'TEE-M', qty: 1 }] })).toMatchObject({ status: 'already-applied' });
    expect(stub.received.map((r) => r.op)).toEqual(['FulfilmentTarget', 'FulfilmentTarget']);
  });

  it('userErrors are a rejection with their text; an unknown order and a held one are rejected', async () => {
    stub.script({ op: 'FulfilmentTarget', fixture: 'fulfilment-target-open.json' }, { op: 'Fulfil', fixture: 'fulfillment-create-user-error.json' });
    expect(await push(shipped)).toEqual({ status: 'rejected', code: 'shopify.fulfillment-refused', reason: expect.stringContaining('on_hold') });
    stub.script({ op: 'FulfilmentTarget', fixture: 'order-null.json' });
    expect(await push({ ...shipped, order: '999' })).toMatchObject({ status: 'rejected', code: 'shopify.order-not-found' });
    // externalIdFrom "name": the order is found by a name search; its only fulfillment order is ON_HOLD.
    stub.script({ op: 'FulfilmentTargetByName', fixture: 'fulfilment-target-by-name.json' });
    expect(await push({ ...shipped, order: '#1002' })).toMatchObject({ status: 'rejected', code: 'shopify.not-fulfillable' });
    expect(stub.received.at(-1)!.variables).toEqual({ query: "name:'#1002'" });
  });

  it('delivered adds a DELIVERED event to each fulfilment not delivered yet; then it is already-applied', async () => {
    stub.script({ op: 'FulfilmentTarget', fixture: 'fulfilment-target-fulfilled.json' }, { op: 'Delivered', fixture: 'fulfillment-event-create.json' });
    expect(await push({ order: '5512345678901', status: 'delivered' })).toEqual({ status: 'applied', externalId: 'gid://shopify/Fulfillment/4412345678901' });
    expect(stub.received[1].variables).toEqual({ fulfillmentEvent: { fulfillmentId: 'gid://shopify/Fulfillment/4412345678901', status: 'DELIVERED' } });
    stub.script({ op: 'FulfilmentTarget', fixture: 'fulfilment-target-fulfilled.json' });
    expect(await push({ order: '5512345678901', status: 'delivered', tracking: '1Z999AA10123456785' })).toMatchObject({ status: 'already-applied', externalId: 'gid://shopify/Fulfillment/4412345678902' });
    stub.script({ op: 'FulfilmentTarget', fixture: 'fulfilment-target-open.json' });
    expect(await push({ order: '5512345678901', status: 'delivered' })).toMatchObject({ status: 'rejected', code: 'shopify.not-fulfilled' });
  });

  it('a throttled mutation is rate-limited (the host retries; the fulfilled part is skipped next time)', async () => {
    stub.script({ op: 'FulfilmentTarget', fixture: 'fulfilment-target-open.json' }, { op: 'Fulfil', body: fixture('throttled.json') });
    await expect(push(shipped)).rejects.toMatchObject({ errorClass: 'rate-limited', retryAfterMs: 3500 });
  });
});
