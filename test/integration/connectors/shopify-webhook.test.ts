import { createHmac, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCanonicalOrder, type PluginManifest, type WebhookDelivery, type WebhookParseResult } from '@oms/runtime';
import manifestJson from '../../../plugins/shopify/manifest.json' with { type: 'json' };
import { fixture, fixtureText, plugin, shopifyHarness } from './shopify-admin-stub.js';
import { mapOrder } from '../../../plugins/shopify/src/map-order.js';

const manifest = manifestJson as unknown as PluginManifest;
interface Vector { name: string; body: string; header: string | null; secret: string; valid: boolean }
const vectors = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/shopify/signature-vectors.json'), 'utf8')) as Vector[];

/**
 * An independent oracle of the host's check (the host's verifier is on p2-platform, not on this branch):
 * base64 HMAC-SHA256 of the raw body bytes, compared in constant time behind a length guard.
 */
function oracle(body: string, header: string | null, secret: string): boolean {
  if (!header) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(Buffer.from(body, 'utf8')).digest('base64'), 'utf8');
  const sent = Buffer.from(header, 'utf8');
  return sent.length === expected.length && timingSafeEqual(sent, expected);
}

const harness = (config: Record<string, unknown> = {}) => shopifyHarness({ url: 'http://127.0.0.1:9', host: '127.0.0.1:9' }, config);
const delivery = (topic: string, rawBody: string, eventId = '3d7b6a57-9d2f-4c1e-9b57-0b2e5c4f1a11'): WebhookDelivery => ({
  headers: {
    'x-shopify-topic': topic,
    'x-shopify-event-id': eventId,
    'x-shopify-webhook-id': 'b54557e4-bdd9-4b37-8a5f-bf7d70bcd043',
    'x-shopify-shop-domain': 'oms-demo.myshopify.com',
    'x-shopify-api-version': '2026-01',
  },
  rawBody,
  receivedAt: 0,
});
const parse = (d: WebhookDelivery, h = harness()) => plugin.webhook!.parse(d, h.ctx as never) as Promise<WebhookParseResult>;

describe('shopify webhook signature vectors', () => {
  it('the manifest declares what the host verifies: base64 HMAC-SHA256 of the raw body, dedupe by event id', () => {
    expect(manifest.webhook).toEqual({
      signature: { scheme: 'hmac-sha256', header: 'X-Shopify-Hmac-Sha256', encoding: 'base64', secret: 'webhookSecret', signedPayload: 'body' },
      deliveryIdHeader: 'X-Shopify-Event-Id',
      eventHeader: 'X-Shopify-Topic',
    });
  });

  it('covers the required cases (≥ 8 vectors, valid and invalid)', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(8);
    for (const kind of ['valid', 'tampered', 'wrong secret', 'missing header', 're-serialised', 'hex', 'length mismatch', 'rotation']) {
      expect(vectors.some((v) => v.name.includes(kind))).toBe(true);
    }
    expect(vectors.filter((v) => v.valid).length).toBeGreaterThanOrEqual(2);
  });

  it.each(vectors)('$name → $valid', (v) => {
    expect(oracle(v.body, v.header, v.secret)).toBe(v.valid);
  });
});

describe('shopify webhook parse', () => {
  it('orders/create gives one order event, the same canonical order a pull of that order gives', async () => {
    const out = await parse(delivery('orders/create', fixtureText('webhook-orders-create.json')));
    expect(out.deliveryId).toBe('3d7b6a57-9d2f-4c1e-9b57-0b2e5c4f1a11');
    expect(out.events).toHaveLength(1);
    const { type, payload } = out.events[0];
    expect(type).toBe('orders/create');
    expect(validateCanonicalOrder(payload)).toEqual([]);
    const pulled = mapOrder((fixture('orders-page-1.json') as { data: { orders: { nodes: never[] } } }).data.orders.nodes[0]);
    const { placedAt, ...rest } = payload as typeof pulled;
    const { placedAt: pulledAt, ...pulledRest } = pulled;
    expect(rest).toEqual(pulledRest);
    // Same instant, written in the shop's offset by the webhook.
    expect(placedAt).toBe('2026-11-30T10:58:10+01:00');
    expect(Date.parse(placedAt!)).toBe(Date.parse(pulledAt!));
  });

  it('orders/updated is an order too; externalIdFrom name is honoured', async () => {
    const out = await parse(delivery('orders/updated', fixtureText('webhook-orders-create.json')), harness({ externalIdFrom: 'name' }));
    expect(out.events).toMatchObject([{ type: 'orders/updated', payload: { channel: 'shopify', externalId: '#1001' } }]);
  });

  it('a cancelled order and other topics are acknowledged without events', async () => {
    const body = JSON.parse(fixtureText('webhook-orders-create.json'));
    body.cancelled_at = '2026-11-30T12:00:00+01:00';
    expect((await parse(delivery('orders/updated', JSON.stringify(body)))).events).toEqual([]);
    expect((await parse(delivery('orders/cancelled', JSON.stringify(body)))).events).toEqual([]);
    expect(await parse(delivery('app/uninstalled', '{"id":68512345678,"name":"OMS Demo"}', 'evt-2'))).toEqual({ deliveryId: 'evt-2', events: [] });
  });

  it('without X-Shopify-Event-Id the webhook id is the delivery id; a body that is not an order is a validation failure', async () => {
    const d = delivery('orders/create', fixtureText('webhook-orders-create.json'));
    delete d.headers['x-shopify-event-id'];
    expect((await parse(d)).deliveryId).toBe('b54557e4-bdd9-4b37-8a5f-bf7d70bcd043');
    await expect(parse(delivery('orders/create', 'not json'))).rejects.toMatchObject({ errorClass: 'validation' });
    await expect(parse(delivery('orders/create', '{"id":"x"}'))).rejects.toMatchObject({ errorClass: 'validation' });
  });
});
