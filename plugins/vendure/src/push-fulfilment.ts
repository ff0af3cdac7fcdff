import type { CapabilityCall, PushOutcome } from '@oms/runtime';
import { adminRequest, errorResult } from './admin-api.js';
import { failure, linesToFulfil as openLinesToFulfil, type FulfilmentInput } from '@oms-plugin/kit';
import type { Ctx } from './types.js';

export type { FulfilmentInput };

interface Fulfillment {
  id: string;
  state: string;
  method: string;
  trackingCode: string | null;
  lines: Array<{ orderLineId: string; quantity: number }>;
}
interface OrderForFulfilment {
  id: string;
  code: string;
  state: string;
  lines: Array<{ id: string; quantity: number; productVariant: { sku: string } }>;
  fulfillments: Fulfillment[] | null;
}

const FIND = `query($code: String!) { orders(options: { filter: { code: { eq: $code } }, take: 1 }) { items {
  id code state lines { id quantity productVariant { sku } }
  fulfillments { id state method trackingCode lines { orderLineId quantity } } } } }`;
const ADD = `mutation($input: FulfillOrderInput!) { addFulfillmentToOrder(input: $input) {
  ... on Fulfillment { id state method trackingCode lines { orderLineId quantity } } ... on ErrorResult { errorCode message } } }`;
const MOVE = `mutation($id: ID!, $state: String!) { transitionFulfillmentToState(id: $id, state: $state) {
  ... on Fulfillment { id state } ... on ErrorResult { errorCode message } } }`;

/** Vendure's fulfilment process: Pending → Shipped → Delivered (the order follows by itself). */
const STEPS = ['Pending', 'Shipped', 'Delivered'];
const stateKey = (key: string) => `fulfilment:${key}`;

/** Order lines to fulfil: the requested SKUs (or everything) capped by what no live fulfilment covers yet. */
function linesToFulfil(order: OrderForFulfilment, live: Fulfillment[], wanted?: FulfilmentInput['lines']) {
  const lines = order.lines.map((l) => ({ id: l.id, sku: l.productVariant.sku, quantity: l.quantity }));
  const covered = live.flatMap((f) => f.lines.map((l) => ({ lineId: l.orderLineId, quantity: l.quantity })));
  return openLinesToFulfil(lines, covered, wanted).map((l) => ({ orderLineId: l.id, quantity: l.quantity }));
}

async function moveTo(ctx: Ctx, f: Fulfillment, target: string): Promise<boolean> {
  let moved = false;
  for (let i = STEPS.indexOf(f.state) + 1; i >= 1 && i <= STEPS.indexOf(target); i++) {
    const r = await adminRequest<{ transitionFulfillmentToState: unknown }>(ctx, MOVE, { id: f.id, state: STEPS[i] });
    const err = errorResult(r.transitionFulfillmentToState);
    if (err) throw failure('conflict', `Vendure refused fulfilment ${f.id} → ${STEPS[i]}: ${err.message}`);
    moved = true;
  }
  return moved;
}

/**
 * Creates (once) the fulfilment with the carrier and tracking code and moves it to Shipped or Delivered.
 * Idempotent: a fulfilment with the same tracking code (or the one this idempotency key created) is reused, and
 * a push that finds everything already at the target state answers `already-applied`.
 */
export async function pushFulfilment(call: CapabilityCall<FulfilmentInput>, ctx: Ctx): Promise<PushOutcome> {
  const input = call.input;
  const target = input.status === 'delivered' ? 'Delivered' : 'Shipped';
  const found = await adminRequest<{ orders: { items: OrderForFulfilment[] } }>(ctx, FIND, { code: input.order });
  const order = found.orders.items[0];
  if (!order) return { status: 'rejected', code: 'vendure.order-not-found', reason: `no Vendure order with code ${input.order}` };
  if (order.state === 'Cancelled') return { status: 'rejected', code: 'vendure.order-cancelled', reason: `order ${order.code} is cancelled` };
  const live = (order.fulfillments ?? []).filter((f) => f.state !== 'Cancelled');
  const remembered = await ctx.state.get<string>(stateKey(call.idempotencyKey));
  let mine = live.find((f) => (input.tracking ? f.trackingCode === input.tracking : f.id === remembered));
  let created = false;
  if (!mine) {
    const lines = linesToFulfil(order, live, input.lines);
    if (!lines.length) {
      // Everything is fulfilled already (by another push without our tracking code): advance what is behind.
      let moved = false;
      for (const f of live) moved = (await moveTo(ctx, f, target)) || moved;
      const last = live[live.length - 1];
      return { status: moved ? 'applied' : 'already-applied', externalId: last?.id, data: { state: order.state } };
    }
    const args = [{ name: 'method', value: input.carrier ?? 'manual' }, { name: 'trackingCode', value: input.tracking ?? '' }];
    const r = await adminRequest<{ addFulfillmentToOrder: Fulfillment }>(ctx, ADD, { input: { lines, handler: { code: 'manual-fulfillment', arguments: args } } });
    const err = errorResult(r.addFulfillmentToOrder);
    if (err) return { status: 'rejected', code: `vendure.${err.errorCode.toLowerCase().replace(/_/g, '-')}`, reason: err.message };
    mine = r.addFulfillmentToOrder;
    created = true;
    await ctx.state.set(stateKey(call.idempotencyKey), mine.id, { ttlSeconds: 90 * 24 * 3600 });
  }
  const moved = await moveTo(ctx, mine, target);
  return { status: created || moved ? 'applied' : 'already-applied', externalId: mine.id, data: { tracking: mine.trackingCode ?? undefined } };
}
