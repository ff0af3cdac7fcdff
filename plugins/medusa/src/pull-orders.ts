import type { CapabilityCall, PullInput, PullOutput } from '@oms/runtime';
import { admin } from './admin-api.js';
import { failure } from './failure.js';
import { mapOrder, type CanonicalOrderOut } from './map-order.js';
import { ORDER_FIELDS, type MedusaOrder } from './order-fields.js';
import type { Ctx } from './types.js';

/**
 * The cursor: the latest `updated_at` returned and the ids returned inside the overlap window before it. Each
 * pull reads `updated_at >= t − overlap` (a late commit can land behind t; equal timestamps are common) sorted
 * by updated_at, and drops the ids it already returned, so nothing is missed and nothing repeats. An order that
 * changes later (fulfilled, edited) comes again with its new updated_at: intake dedupes by channel + externalId.
 */
interface Cursor {
  t: string;
  seen: Array<[id: string, updatedAt: string]>;
}

const DEFAULT_STATUSES = ['pending', 'completed', 'requires_action'];

function readCursor(raw: string | null, startAt: string | undefined): Cursor {
  if (!raw) return { t: startAt ?? '1970-01-01T00:00:00.000Z', seen: [] };
  try {
    const c = JSON.parse(raw) as Cursor;
    if (typeof c.t === 'string' && Number.isFinite(Date.parse(c.t)) && Array.isArray(c.seen)) return c;
  } catch {
    // fall through
  }
  throw failure('validation', `not a cursor of this plugin: ${raw.slice(0, 80)}`);
}

const iso = (s: string) => new Date(s).toISOString();

export async function pullOrders(call: CapabilityCall<PullInput>, ctx: Ctx): Promise<PullOutput<CanonicalOrderOut>> {
  const limit = Math.min(Math.max(call.input.limit ?? 50, 1), 250);
  const cursor = readCursor(call.input.cursor, ctx.config.startAt);
  const overlapMs = (ctx.config.overlapSeconds ?? 5) * 1000;
  const from = new Date(Date.parse(cursor.t) - overlapMs).toISOString();
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
  const t = page.length ? iso(page[page.length - 1].updated_at) : cursor.t;
  const windowStart = Date.parse(t) - overlapMs;
  const kept = [...cursor.seen, ...page.map((o) => [o.id, iso(o.updated_at)] as [string, string])].filter(([, at]) => Date.parse(at) >= windowStart);
  return {
    items: page.map((o) => mapOrder(o, 'medusa')),
    cursor: JSON.stringify({ t, seen: kept } satisfies Cursor),
    hasMore: fresh.length > limit || data.count > data.orders.length,
  };
}
