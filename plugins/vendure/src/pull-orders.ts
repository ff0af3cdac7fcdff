import type { CapabilityCall, PullInput, PullOutput } from '@oms/runtime';
import { adminRequest } from './admin-api.js';
import { failure } from './failure.js';
import { mapOrder, type CanonicalOrderOut } from './map-order.js';
import { ORDER_FIELDS, type VendureOrder } from './order-fields.js';
import type { Ctx } from './types.js';

/**
 * The cursor: the latest `orderPlacedAt` returned and the ids returned inside the overlap window before it.
 * Each pull re-reads from (t − overlap) — `>=` in effect, since Vendure's `after` is strict and a late commit
 * can land behind t — and drops the ids it already returned, so nothing is missed and nothing repeats.
 * `orderPlacedAt`, not `updatedAt`: Vendure does not touch updatedAt when checkout moves the order's state.
 */
interface Cursor {
  t: string;
  seen: Array<[id: string, placedAt: string]>;
}

const QUERY = `query Pull($options: OrderListOptions) { orders(options: $options) { totalItems items { ${ORDER_FIELDS} } } }`;
const DEFAULT_STATES = ['PaymentAuthorized', 'PaymentSettled'];

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

export async function pullOrders(call: CapabilityCall<PullInput>, ctx: Ctx): Promise<PullOutput<CanonicalOrderOut>> {
  const limit = Math.min(Math.max(call.input.limit ?? 50, 1), 250);
  const cursor = readCursor(call.input.cursor, ctx.config.startAt);
  const overlapMs = (ctx.config.overlapSeconds ?? 5) * 1000;
  const from = new Date(Date.parse(cursor.t) - overlapMs).toISOString();
  const seen = new Set(cursor.seen.map(([id]) => id));
  const take = limit + seen.size;
  const data = await adminRequest<{ orders: { totalItems: number; items: VendureOrder[] } }>(ctx, QUERY, {
    options: {
      filter: { orderPlacedAt: { after: from }, state: { in: ctx.config.pullStates ?? DEFAULT_STATES } },
      sort: { orderPlacedAt: 'ASC' },
      take,
    },
  });
  const fresh = data.orders.items.filter((o) => o.orderPlacedAt && !seen.has(o.id));
  const page = fresh.slice(0, limit);
  const t = page.length ? page[page.length - 1].orderPlacedAt! : cursor.t;
  const windowStart = Date.parse(t) - overlapMs;
  const kept = [...cursor.seen, ...page.map((o) => [o.id, o.orderPlacedAt!] as [string, string])].filter(([, at]) => Date.parse(at) >= windowStart);
  const next: Cursor = { t, seen: kept };
  return {
    items: page.map((o) => mapOrder(o, { channel: 'vendure', currencyDecimals: ctx.config.currencyDecimals })),
    cursor: JSON.stringify(next),
    hasMore: fresh.length > limit || data.orders.totalItems > data.orders.items.length,
  };
}
