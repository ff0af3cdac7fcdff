import type { CapabilityCall, PullInput, PullOutput } from '@oms/runtime';
import { adminRequest } from './admin-api.js';
import type { CanonicalOrderOut } from './canonical.js';
import { advanceCursor, isFailure, openWindow } from '@oms-plugin/kit';
import { mapOrder } from './map-order.js';
import { ORDER_FIELDS, ORDER_LINES, ORDERS_PER_PAGE, type GqlOrder, type LineConnection } from './order-fields.js';
import type { Ctx } from './types.js';

export const PULL_QUERY = `query PullOrders($first: Int!, $query: String!, $after: String) {
  orders(first: $first, after: $after, sortKey: UPDATED_AT, query: $query) { nodes { ${ORDER_FIELDS} } pageInfo { hasNextPage endCursor } }
}`;

type OrdersPage = { orders: { nodes: GqlOrder[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } } };

/** An order with more lines than the page carries gets the rest by the order's own line connection. */
async function completeLines(ctx: Ctx, o: GqlOrder): Promise<void> {
  let page: LineConnection = o.lineItems;
  while (page.pageInfo?.hasNextPage) {
    const r = await adminRequest<{ order: { lineItems: LineConnection } | null }>(ctx, ORDER_LINES, { id: o.id, after: page.pageInfo.endCursor });
    if (!r.order) break;
    page = r.order.lineItems;
    o.lineItems.nodes.push(...page.nodes);
  }
}

/** Shopify search wants the timestamp quoted; seconds precision is what it compares. */
export function searchQuery(fromIso: string, extra: string | undefined): string {
  const q = `updated_at:>='${fromIso.replace(/\.\d+Z$/, 'Z')}'`;
  return extra?.trim() ? `${q} AND (${extra.trim()})` : q;
}

/**
 * The cursor (kit's WindowCursor): the latest `updatedAt` returned and the (id, updatedAt) pairs returned inside
 * the overlap window before it. Each pull re-reads `updated_at:>=` (t − overlap), sorted by UPDATED_AT, and drops
 * the pairs it already returned. An order updated again comes back (new updatedAt); intake dedupes it by
 * channel + externalId.
 */
export async function pullOrders(call: CapabilityCall<PullInput>, ctx: Ctx): Promise<PullOutput<CanonicalOrderOut>> {
  const { limit, cursor, overlapMs, from } = openWindow(call.input, ctx.config, '1970-01-01T00:00:00Z');
  const seen = new Set(cursor.seen.map(([id, at]) => `${id}@${at}`));
  // Pages of ORDERS_PER_PAGE (query cost) until `limit` fresh orders or the end; a throttle after the first page
  // ends this call with what it has (hasMore), the next call resumes from the cursor.
  const fresh: GqlOrder[] = [];
  const query = searchQuery(from, ctx.config.pullFilter);
  let after: string | null | undefined;
  let more = false;
  for (let pages = 0; fresh.length < limit; pages++) {
    let data: OrdersPage;
    try {
      data = await adminRequest<OrdersPage>(ctx, PULL_QUERY, { first: Math.min(ORDERS_PER_PAGE, limit + seen.size), query, ...(after ? { after } : {}) });
    } catch (e) {
      if (pages > 0 && isFailure(e) && e.errorClass === 'rate-limited') { more = true; break; }
      throw e;
    }
    for (const o of data.orders.nodes) {
      const key = `${o.id}@${o.updatedAt}`;
      if (!seen.has(key)) fresh.push(o);
      seen.add(key);
    }
    more = data.orders.pageInfo.hasNextPage;
    after = data.orders.pageInfo.endCursor;
    if (!more || !after) break;
  }
  const page = fresh.slice(0, limit);
  for (const o of page) await completeLines(ctx, o);
  const next = advanceCursor(cursor, page.map((o) => [o.id, o.updatedAt]), overlapMs);
  // Cancelled orders move the cursor but are not taken in; an order without lines left has nothing to fulfil.
  const items = page
    .filter((o) => !o.cancelledAt)
    .map((o) => mapOrder(o, { externalIdFrom: ctx.config.externalIdFrom }))
    .filter((o) => {
      if (o.lines.length) return true;
      ctx.logger.warn('order without open lines skipped', { externalId: o.externalId });
      return false;
    });
  return { items, cursor: JSON.stringify(next), hasMore: fresh.length > limit || more };
}
