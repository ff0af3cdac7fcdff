import { describe, expect, it } from 'vitest';
import { validateCanonicalOrder, type WebhookDelivery, type WebhookParseResult } from '@oms/runtime';
import plugin from '../../../plugins/webhook/src/index.js';
import { createHarness } from '../../support/plugin-harness.js';

const MAPPING = {
  externalId: '/id',
  currency: '/currency',
  customer: { email: '/buyer/email', name: '/buyer/name' },
  shipTo: { city: '/address/city', country: '/address/cc' },
  lines: { from: '/items', sku: '/sku', qty: '/quantity', unitPrice: '/price' },
};
const BODY = { id: 'EXT-1', currency: 'eur', buyer: { email: 'ann@example.test', name: 'Ann' }, address: { city: 'Lyon', cc: 'fr' }, items: [{ sku: 'A-1', quantity: 2, price: '9.50' }, { sku: 'B-2', quantity: '1' }] };

const parse = (body: unknown, mapping: unknown = MAPPING, headers: Record<string, string> = { 'x-webhook-id': 'd-1' }) => {
  const h = createHarness({ config: { mapping }, allowedHosts: [] });
  const d: WebhookDelivery = { headers, rawBody: typeof body === 'string' ? body : JSON.stringify(body), receivedAt: 0 };
  return Promise.resolve().then(() => plugin.webhook!.parse(d, h.ctx as never) as WebhookParseResult);
};

describe('webhook inbound: generic JSON orders by a configured mapping', () => {
  it('maps a body by the path map to a valid canonical order (numbers in strings accepted, codes upper-cased)', async () => {
    const r = await parse(BODY);
    expect(r.deliveryId).toBe('d-1');
    expect(r.events).toEqual([{ type: 'order.received', payload: {
      channel: 'webhook', externalId: 'EXT-1', currency: 'EUR', customer: { email: 'ann@example.test', name: 'Ann' }, shipTo: { city: 'Lyon', country: 'FR' },
      lines: [{ sku: 'A-1', qty: 2, unitPrice: 9.5 }, { sku: 'B-2', qty: 1 }],
    } }]);
    expect(validateCanonicalOrder(r.events[0].payload)).toEqual([]);
  });

  it('JSON Logic per field wins over the pointer (line rules see the item and the order as $order); a batch maps every order', async () => {
    const mapping = { ...MAPPING, from: '/orders', logic: { externalId: '{"cat": ["WEB-", {"var": "id"}]}', 'lines.qty': '{"*": [{"var": "quantity"}, {"var": "$order.packSize"}]}' } };
    const r = await parse({ orders: [{ ...BODY, packSize: 3 }, { ...BODY, id: 'EXT-2', packSize: 1 }] }, mapping);
    expect(r.events.map((e) => [(e.payload as any).externalId, (e.payload as any).lines.map((l: any) => l.qty)])).toEqual([['WEB-EXT-1', [6, 3]], ['WEB-EXT-2', [2, 1]]]);
  });

  it('a delivery without an id header is identified by a digest of its body', async () => {
    const r = await parse(BODY, MAPPING, {});
    expect(r.deliveryId).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it.each([
    ['not JSON', '{"id": ', MAPPING, 'webhook.bad-payload', [{ path: '', message: 'not JSON' }]],
    ['qty not an integer', { ...BODY, items: [{ sku: 'A-1', quantity: 1.5 }] }, MAPPING, 'webhook.bad-payload', [{ path: '/items/0/quantity', message: 'qty must be an integer from 1 to 1000000' }]],
    ['missing sku', { ...BODY, items: [{ quantity: 1 }] }, MAPPING, 'webhook.bad-payload', [{ path: '/items/0/sku', message: 'sku is missing' }]],
    ['no line items', { ...BODY, items: [] }, MAPPING, 'webhook.bad-payload', [{ path: '/items', message: 'must be a non-empty array of line items' }]],
    ['bad country', { ...BODY, address: { cc: 'France' } }, MAPPING, 'webhook.bad-payload', [{ path: '/address/cc', message: 'shipTo.country must be a two-letter country code' }]],
    ['no mapping', BODY, null, 'webhook.bad-mapping', [{ path: '/mapping', message: 'no mapping is configured' }]],
    ['pointer without a slash', BODY, { ...MAPPING, externalId: 'id' }, 'webhook.bad-mapping', [{ path: '/mapping/externalId', message: '"id" is not a JSON Pointer (it starts with / , e.g. /customer/email)' }]],
    ['qty unmapped', BODY, { ...MAPPING, lines: { from: '/items', sku: '/sku' } }, 'webhook.bad-mapping', [{ path: '/mapping/lines/qty', message: 'lines.qty must be mapped (a JSON Pointer such as /id, or a logic rule)' }]],
    ['logic not JSON', BODY, { ...MAPPING, logic: { externalId: '{var: id}' } }, 'webhook.bad-mapping', [{ path: '/mapping/logic/externalId', message: 'must be a JSON Logic rule in JSON text, e.g. {"var": "id"}' }]],
    ['logic on an unknown field', BODY, { ...MAPPING, logic: { colour: '"red"' } }, 'webhook.bad-mapping', [{ path: '/mapping/logic/colour', message: '"colour" is not a mapped field' }]],
  ])('%s → a validation failure with the path of the bad field', async (_n, body, mapping, code, errors) => {
    await expect(parse(body, mapping)).rejects.toMatchObject({ errorClass: 'validation', code, details: { errors } });
  });

  it('all or nothing: one bad order in a batch refuses the whole delivery, naming its index', async () => {
    const bad = { orders: [BODY, { ...BODY, id: 'EXT-2', items: [{ sku: 'X', quantity: 0 }] }] };
    await expect(parse(bad, { ...MAPPING, from: '/orders' })).rejects.toMatchObject({ errorClass: 'validation', details: { errors: [{ path: '/orders/1/items/0/quantity' }] } });
    await expect(parse({ orders: [BODY, BODY] }, { ...MAPPING, from: '/orders' })).rejects.toMatchObject({ details: { errors: [{ path: '/orders/1', message: 'externalId "EXT-1" appears twice in this delivery' }] } });
  });
});
