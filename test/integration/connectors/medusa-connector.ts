import type { PluginManifest } from '@oms/runtime';
import manifestJson from '../../../plugins/medusa/manifest.json' with { type: 'json' };
import plugin from '../../../plugins/medusa/src/index.js';
import { createHarness, manifestCheckedCalls, type Harness } from '../../support/plugin-harness.js';
import { adminSession, type MedusaHttp } from '../../peers/medusa-http.js';
import { MEDUSA_ADMIN, startMedusaPeer, type MedusaPeer } from '../../peers/medusa-peer.js';
import { seedMedusa, type MedusaSeed } from '../../peers/medusa-seed.js';
import { placeMedusaOrder } from '../../peers/medusa-store.js';

export { plugin };

/** A booted, seeded Medusa: the peer, the admin's session (for reading back) and the seed's ids and keys. */
export interface SeededMedusa {
  peer: MedusaPeer;
  admin: MedusaHttp;
  seed: MedusaSeed;
  place(lines: Array<{ sku: string; qty: number }>, email?: string): ReturnType<typeof placeMedusaOrder>;
}

export async function startSeededMedusa(): Promise<SeededMedusa> {
  const peer = await startMedusaPeer();
  try {
    const admin = await adminSession(peer.baseUrl, MEDUSA_ADMIN);
    const seed = await seedMedusa(admin);
    return { peer, admin, seed, place: (lines, email) => placeMedusaOrder(peer.baseUrl, seed, lines, email) };
  } catch (e) {
    await peer.stop();
    throw e;
  }
}

/** A harness for the Medusa plugin pointed at the peer (or at a proxy in front of it). */
export function medusaHarness(m: SeededMedusa, over: { host?: string; baseUrl?: string; apiKey?: string; config?: Record<string, unknown> } = {}): Harness {
  return createHarness({
    config: { baseUrl: over.baseUrl ?? m.peer.baseUrl, ...over.config },
    credentials: { apiKey: over.apiKey ?? m.seed.secretKey },
    allowedHosts: [over.host ?? m.peer.host],
  });
}

export const manifest = manifestJson as unknown as PluginManifest;
export const { pull, push } = manifestCheckedCalls(plugin, manifest);

/** An order as the shop's staff see it in Medusa's Admin API. */
export async function readOrder(m: SeededMedusa, id: string) {
  const r = await m.admin.get(`/admin/orders/${id}?fields=id,status,fulfillment_status,*items,*items.detail,*fulfillments,*fulfillments.labels,*fulfillments.items`);
  return r.order as {
    id: string; status: string; fulfillment_status: string;
    items: Array<{ id: string; variant_sku: string; quantity: number; detail: { fulfilled_quantity: number; shipped_quantity: number; delivered_quantity: number } }>;
    fulfillments: Array<{ id: string; shipped_at: string | null; delivered_at: string | null; labels: Array<{ tracking_number: string; tracking_url: string }>; items: Array<{ line_item_id: string; quantity: number }> }>;
  };
}

export async function readLevel(m: SeededMedusa, sku: string) {
  const r = await m.admin.get(`/admin/inventory-items/${m.seed.variants[sku].inventoryItemId}/location-levels`);
  return r.inventory_levels.find((l: { location_id: string }) => l.location_id === m.seed.stockLocationId) as { stocked_quantity: number; reserved_quantity: number; available_quantity: number };
}
