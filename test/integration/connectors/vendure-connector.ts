import type { PluginManifest } from '@oms/runtime';
import manifestJson from '../../../plugins/vendure/manifest.json' with { type: 'json' };
import plugin from '../../../plugins/vendure/src/index.js';
import { createHarness, manifestCheckedCalls, type Harness } from '../../support/plugin-harness.js';
import type { VendurePeer } from '../../peers/vendure-peer.js';

export { plugin };

/** A harness for the Vendure plugin pointed at `peer` (or at a proxy in front of it). */
export function vendureHarness(peer: VendurePeer, over: { host?: string; baseUrl?: string; apiKey?: string; config?: Record<string, unknown> } = {}): Harness {
  return createHarness({
    config: { baseUrl: over.baseUrl ?? peer.baseUrl, ...over.config },
    credentials: { apiKey: over.apiKey ?? peer.apiKey, webhookSecret: 'peer-webhook-secret-0123456789' },
    allowedHosts: [over.host ?? peer.host],
  });
}

export const manifest = manifestJson as unknown as PluginManifest;
export const { pull, push } = manifestCheckedCalls(plugin, manifest);

/** Reads an order back through the Admin API, as the shop's staff would see it. */
export async function readOrder(peer: VendurePeer, code: string) {
  const r = await peer.admin.request(`query($c: String!) { orders(options: { filter: { code: { eq: $c } } }) { items {
    id code state fulfillments { id state method trackingCode lines { orderLineId quantity } } } } }`, { c: code });
  return r.orders.items[0] as { id: string; state: string; fulfillments: Array<{ id: string; state: string; method: string; trackingCode: string }> };
}

export async function readVariant(peer: VendurePeer, sku: string) {
  const r = await peer.admin.request(`query($id: ID!) { productVariant(id: $id) { sku stockOnHand stockAllocated } }`, { id: peer.variants[sku] });
  return r.productVariant as { sku: string; stockOnHand: number; stockAllocated: number };
}
