import { adminRequest } from './admin-api.js';
import { gid } from './gid.js';
import type { Ctx } from './types.js';

export interface FoLine {
  id: string;
  remainingQuantity: number;
  lineItem: { sku?: string | null };
}

export interface FulfilmentOrder {
  id: string;
  status: string;
  lineItems: { nodes: FoLine[] };
}

export interface TargetOrder {
  id: string;
  name: string;
  displayFulfillmentStatus: string;
  fulfillments: Array<{ id: string; status: string; displayStatus?: string | null; trackingInfo: Array<{ number?: string | null }> }>;
  fulfillmentOrders: { nodes: FulfilmentOrder[] };
}

// Requested cost stays under Shopify's 1000-point cap: 10 fulfillment orders × (30 lines × 2) + 20 fulfilments.
const FIELDS = `id name displayFulfillmentStatus
  fulfillments(first: 20) { id status displayStatus trackingInfo { number } }
  fulfillmentOrders(first: 10) { nodes { id status lineItems(first: 30) { nodes { id remainingQuantity lineItem { sku } } } } }`;

export const TARGET_BY_ID = `query FulfilmentTarget($id: ID!) { order(id: $id) { ${FIELDS} } }`;
export const TARGET_BY_NAME = `query FulfilmentTargetByName($query: String!) { orders(first: 1, query: $query) { nodes { ${FIELDS} } } }`;

/** Our externalId is the legacy id (digits) or the order name (`#1001`), as the installation maps it. */
export async function findTarget(ctx: Ctx, externalId: string): Promise<TargetOrder | null> {
  if (/^\d+$/.test(externalId)) {
    const r = await adminRequest<{ order: TargetOrder | null }>(ctx, TARGET_BY_ID, { id: gid('Order', externalId) });
    return r.order;
  }
  const r = await adminRequest<{ orders: { nodes: TargetOrder[] } }>(ctx, TARGET_BY_NAME, { query: `name:'${externalId.replace(/'/g, "\\'")}'` });
  return r.orders.nodes[0] ?? null;
}

/** Fulfillment orders the shop lets us fulfil now (OPEN, IN_PROGRESS) with quantity left. */
export function openFulfilmentOrders(o: TargetOrder): FulfilmentOrder[] {
  return o.fulfillmentOrders.nodes.filter((fo) => (fo.status === 'OPEN' || fo.status === 'IN_PROGRESS') && fo.lineItems.nodes.some((l) => l.remainingQuantity > 0));
}

/**
 * Which fulfillment-order lines to ship: all remaining, or the requested SKUs and quantities spread over the
 * fulfillment orders in order. Returns one entry per fulfillment order that gets something.
 */
export function allocate(open: FulfilmentOrder[], lines: Array<{ sku: string; qty: number }> | undefined): Array<{ fo: FulfilmentOrder; items?: Array<{ id: string; quantity: number }> }> {
  if (!lines?.length) return open.map((fo) => ({ fo }));
  const want = new Map<string, number>();
  for (const l of lines) want.set(l.sku, (want.get(l.sku) ?? 0) + l.qty);
  const out: Array<{ fo: FulfilmentOrder; items: Array<{ id: string; quantity: number }> }> = [];
  for (const fo of open) {
    const items: Array<{ id: string; quantity: number }> = [];
    for (const l of fo.lineItems.nodes) {
      const left = want.get(l.lineItem.sku ?? '') ?? 0;
      const quantity = Math.min(left, l.remainingQuantity);
      if (quantity > 0) {
        items.push({ id: l.id, quantity });
        want.set(l.lineItem.sku ?? '', left - quantity);
      }
    }
    if (items.length) out.push({ fo, items });
  }
  return out;
}
