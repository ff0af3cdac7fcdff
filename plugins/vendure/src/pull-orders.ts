import type { CapabilityCall, PullInput, PullOutput } from '@oms/runtime';
import { adminRequest } from './admin-api.js';
import { advanceCursor, openWindow } from '@oms-plugin/kit';
import { mapOrder, type CanonicalOrderOut } from './map-order.js';
import { ORDER_FIELDS, type VendureOrder } from './order-fields.js';
import type { Ctx } from './types.js';

/**
 * The cursor (kit's WindowCursor): the latest `orderPlacedAt` returned and the ids returned inside the overlap
 * window before it. Each pull re-reads from (t − overlap) — `>=` in effect, since Vendure's `after` is strict and
 * a late commit can land behind t — and drops the ids it already returned, so nothing is missed and nothing
 * repeats. `orderPlacedAt`, not `updatedAt`: Vendure does not touch updatedAt when checkout moves the order's state.
 */

const QUERY = `query Pull($options: OrderListOptions) { orders(options: $options) { totalItems items { ${ORDER_FIELDS} } } }`;
const DEFAULT_STATES = ['PaymentAuthorized', 'PaymentSettled'];

export async function pullOrders(call: CapabilityCall<PullInput>, ctx: Ctx): Promise<PullOutput<CanonicalOrderOut>> {
  const { limit, cursor, overlapMs, from } = openWindow(call.input, ctx.config);
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
  const next = advanceCursor(cursor, page.map((o) => [o.id, o.orderPlacedAt!]), overlapMs);
  return {
    items: page.map((o) => mapOrder(o, { channel: 'vendure', currencyDecimals: ctx.config.currencyDecimals })),
    cursor: JSON.stringify(next),
    hasMore: fresh.length > limit || data.orders.totalItems > data.orders.items.length,
  };
}
