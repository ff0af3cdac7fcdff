import type { CapabilityCall, PullInput, PullOutput } from '@oms/runtime';
import { admin } from './admin-api.js';
import { advanceCursor, openWindow } from '@oms-plugin/kit';
import { mapOrder, type CanonicalOrderOut } from './map-order.js';
import { ORDER_FIELDS, type MedusaOrder } from './order-fields.js';
import type { Ctx } from './types.js';

/**
 * The cursor (kit's WindowCursor): the latest `updated_at` returned and the ids returned inside the overlap window
 * before it. Each pull reads `updated_at >= t − overlap` sorted by updated_at and drops the ids it already
 * returned. An order that changes later (fulfilled, edited) comes again with its new updated_at: intake dedupes
 * by channel + externalId.
 */

const DEFAULT_STATUSES = ['pending', 'completed', 'requires_action'];

const iso = (s: string) => new Date(s).toISOString();

export async function pullOrders(call: CapabilityCall<PullInput>, ctx: Ctx): Promise<PullOutput<CanonicalOrderOut>> {
  const { limit, cursor, overlapMs, from } = openWindow(call.input, ctx.config);
  const seen = new Set(cursor.seen.map(([id]) => id));
  const query: Record<string, string | number> = {
    'updated_at[$gte]': from,
    order: 'updated_at',
    limit: limit + seen.size,
    offset: 0,
    fields: ORDER_FIELDS,
  };
  (ctx.config.pullStatuses ?? DEFAULT_STATUSES).forEach((s, i) => (query[`status[${i}]`] = s));
  const data = await admin<{ orders: MedusaOrder[]; count: number }>(ctx, 'GET', '/admin/orders', { query });
  const fresh = data.orders.filter((o) => !seen.has(o.id) && o.items?.length);
  const page = fresh.slice(0, limit);
  const next = advanceCursor(cursor, page.map((o) => [o.id, iso(o.updated_at)]), overlapMs);
  return {
    items: page.map((o) => mapOrder(o, 'medusa')),
    cursor: JSON.stringify(next),
    hasMore: fresh.length > limit || data.count > data.orders.length,
  };
}
