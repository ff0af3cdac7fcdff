import type { CapabilityCall, PullInput, PullOutput } from '@oms/runtime';
import { mapOrder, type CanonicalOrderOut } from './map-order.js';
import { shopRequest } from './shop-api.js';
import type { Ctx, ShopOrder } from './types.js';

export const PLUGIN_ID = 'template';

/**
 * Standard key `pull-orders`: one page of orders changed after the cursor. The host stores the returned cursor
 * durably and calls again while `hasMore`; the cursor here is the last `updated_at` seen (the API pages by it).
 */
export async function pullOrders(call: CapabilityCall<PullInput>, ctx: Ctx): Promise<PullOutput<CanonicalOrderOut>> {
  const limit = call.input.limit ?? ctx.config.pageSize ?? 50;
  const query: Record<string, string | number> = { limit };
  if (call.input.cursor) query.updated_after = call.input.cursor;
  const page = await shopRequest<{ orders: ShopOrder[]; has_more: boolean }>(ctx, { method: 'GET', path: '/api/orders', query });
  const items = page.orders.filter((o) => o.line_items.length > 0).map((o) => mapOrder(o, PLUGIN_ID));
  const last = page.orders.at(-1);
  ctx.logger.info('pulled orders', { count: items.length, hasMore: page.has_more });
  return { items, cursor: last ? last.updated_at : call.input.cursor, hasMore: page.has_more };
}
