import type { CapabilityCall, PushOutcome } from '@oms/runtime';
import { linesToFulfil as openLinesToFulfil, type FulfilmentInput } from '@oms-plugin/kit';
import { admin } from './admin-api.js';
import type { Ctx } from './types.js';

export type { FulfilmentInput };

interface Fulfillment {
  id: string;
  shipped_at: string | null;
  delivered_at: string | null;
  canceled_at: string | null;
  items: Array<{ line_item_id: string; quantity: number }>;
  labels: Array<{ tracking_number: string; tracking_url: string }>;
}
interface OrderForFulfilment {
  id: string;
  status: string;
  items: Array<{ id: string; quantity: number; variant_sku: string | null }>;
  fulfillments: Fulfillment[] | null;
}

const FIELDS = 'id,status,*items,*fulfillments,*fulfillments.items,*fulfillments.labels';
const stateKey = (key: string) => `fulfilment:${key}`;

/** Order lines to fulfil: the requested SKUs (or everything) capped by what no live fulfilment covers yet. */
function linesToFulfil(order: OrderForFulfilment, live: Fulfillment[], wanted?: FulfilmentInput['lines']) {
  const lines = order.items.map((l) => ({ id: l.id, sku: l.variant_sku, quantity: l.quantity }));
  return openLinesToFulfil(lines, live.flatMap((f) => f.items.map((l) => ({ lineId: l.line_item_id, quantity: l.quantity }))), wanted);
}

const readOrder = (ctx: Ctx, id: string) =>
  admin<{ order: OrderForFulfilment } | undefined>(ctx, 'GET', `/admin/orders/${encodeURIComponent(id)}`, { query: { fields: FIELDS }, allow404: true });

/** Ships (once) and, for `delivered`, marks delivered; the steps already taken are skipped. */
async function advance(ctx: Ctx, orderId: string, f: Fulfillment, input: FulfilmentInput): Promise<boolean> {
  let moved = false;
  const base = `/admin/orders/${encodeURIComponent(orderId)}/fulfillments/${encodeURIComponent(f.id)}`;
  if (!f.shipped_at) {
    const labels = input.tracking ? [{ tracking_number: input.tracking, tracking_url: input.trackingUrl ?? '', label_url: '' }] : undefined;
    const metadata = input.carrier ? { carrier: input.carrier } : undefined;
    await admin(ctx, 'POST', `${base}/shipments`, { body: { items: f.items.map((i) => ({ id: i.line_item_id, quantity: i.quantity })), labels, metadata } });
    moved = true;
  }
  if (input.status === 'delivered' && !f.delivered_at) {
    await admin(ctx, 'POST', `${base}/mark-as-delivered`, { body: {} });
    moved = true;
  }
  return moved;
}

/**
 * Creates (once) a fulfilment for the lines, then its shipment with the tracking label, then (for `delivered`)
 * marks it delivered. Idempotent: a retry finds the fulfilment by its tracking number (or the one this
 * idempotency key created) and only takes the steps still missing; nothing left to do → `already-applied`.
 */
export async function pushFulfilment(call: CapabilityCall<FulfilmentInput>, ctx: Ctx): Promise<PushOutcome> {
  const input = call.input;
  const found = await readOrder(ctx, input.order);
  if (!found) return { status: 'rejected', code: 'medusa.order-not-found', reason: `no Medusa order with id ${input.order}` };
  const order = found.order;
  if (order.status === 'canceled') return { status: 'rejected', code: 'medusa.order-canceled', reason: `order ${order.id} is canceled` };
  const live = (order.fulfillments ?? []).filter((f) => !f.canceled_at);
  const remembered = await ctx.state.get<string>(stateKey(call.idempotencyKey));
  let mine = live.find((f) => f.id === remembered || (input.tracking && f.labels?.some((l) => l.tracking_number === input.tracking)));
  let created = false;
  if (!mine) {
    const items = linesToFulfil(order, live, input.lines);
    if (!items.length) {
      // Everything is fulfilled already (by another push or by staff): bring what is behind up to the target.
      let moved = false;
      for (const f of live) moved = (await advance(ctx, order.id, f, { ...input, tracking: undefined })) || moved;
      return { status: moved ? 'applied' : 'already-applied', externalId: live[live.length - 1]?.id, data: { status: order.status } };
    }
    const before = new Set(live.map((f) => f.id));
    const body = { items, ...(ctx.config.fulfilmentLocationId ? { location_id: ctx.config.fulfilmentLocationId } : {}), metadata: { oms_idempotency_key: call.idempotencyKey } };
    await admin(ctx, 'POST', `/admin/orders/${encodeURIComponent(order.id)}/fulfillments`, { body });
    const after = await readOrder(ctx, order.id);
    mine = (after?.order.fulfillments ?? []).find((f) => !before.has(f.id) && !f.canceled_at);
    if (!mine) return { status: 'rejected', code: 'medusa.fulfilment-missing', reason: 'Medusa accepted the fulfilment but the order does not list it' };
    created = true;
    await ctx.state.set(stateKey(call.idempotencyKey), mine.id, { ttlSeconds: 90 * 24 * 3600 });
  }
  const moved = await advance(ctx, order.id, mine, input);
  return { status: created || moved ? 'applied' : 'already-applied', externalId: mine.id, data: { tracking: input.tracking } };
}
