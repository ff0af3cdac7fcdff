import type { CapabilityCall, PushOutcome } from '@oms/runtime';
import type { FulfilmentInput } from '@oms-plugin/kit';
import { adminRequest, type UserError } from './admin-api.js';
import { allocate, findTarget, openFulfilmentOrders, type TargetOrder } from './fulfilment-target.js';
import type { Ctx } from './types.js';

export type { FulfilmentInput };

export const FULFILMENT_CREATE = `mutation Fulfil($fulfillment: FulfillmentInput!) {
  fulfillmentCreate(fulfillment: $fulfillment) { fulfillment { id status } userErrors { field message } }
}`;

export const FULFILMENT_EVENT_CREATE = `mutation Delivered($fulfillmentEvent: FulfillmentEventInput!) {
  fulfillmentEventCreate(fulfillmentEvent: $fulfillmentEvent) { fulfillmentEvent { id status } userErrors { field message } }
}`;

const rejected = (code: string, reason: string): PushOutcome => ({ status: 'rejected', code, reason });
const userErrorText = (errs: UserError[]) => errs.map((e) => `${(e.field ?? []).join('.')}: ${e.message}`).join('; ');

/**
 * `shipped`: one `fulfillmentCreate` per open fulfillment order, with `trackingInfo {company, number, url}`.
 * Retries are safe: a fulfilled order has no open fulfillment order left (→ already-applied); a partial push
 * (lines) whose tracking number is already on a fulfillment is already-applied too.
 * `delivered`: a DELIVERED fulfillment event on each fulfillment not delivered yet.
 */
export async function pushFulfilment(call: CapabilityCall<FulfilmentInput>, ctx: Ctx): Promise<PushOutcome> {
  const input = call.input;
  const order = await findTarget(ctx, input.order);
  if (!order) return rejected('shopify.order-not-found', `no Shopify order ${input.order}`);
  return input.status === 'delivered' ? markDelivered(ctx, order, input) : ship(ctx, order, input);
}

async function ship(ctx: Ctx, order: TargetOrder, input: FulfilmentInput): Promise<PushOutcome> {
  const live = order.fulfillments.filter((f) => f.status !== 'CANCELLED' && f.status !== 'ERROR');
  const sameTracking = input.tracking ? live.find((f) => f.trackingInfo.some((t) => t.number === input.tracking)) : undefined;
  if (sameTracking && input.lines?.length) return { status: 'already-applied', externalId: sameTracking.id };
  const plan = allocate(openFulfilmentOrders(order), input.lines);
  if (!plan.length) {
    if (live.length || order.displayFulfillmentStatus === 'FULFILLED') return { status: 'already-applied', externalId: live[0]?.id ?? order.id };
    return rejected('shopify.not-fulfillable', `order ${order.name} has no open fulfillment order (status ${order.displayFulfillmentStatus})`);
  }
  const trackingInfo = input.tracking || input.carrier || input.trackingUrl
    ? { company: input.carrier, number: input.tracking, url: input.trackingUrl }
    : undefined;
  const created: string[] = [];
  for (const { fo, items } of plan) {
    const r = await adminRequest<{ fulfillmentCreate: { fulfillment: { id: string } | null; userErrors: UserError[] } }>(ctx, FULFILMENT_CREATE, {
      fulfillment: {
        lineItemsByFulfillmentOrder: [{ fulfillmentOrderId: fo.id, ...(items ? { fulfillmentOrderLineItems: items } : {}) }],
        ...(trackingInfo ? { trackingInfo } : {}),
        notifyCustomer: ctx.config.notifyCustomer ?? false,
      },
    });
    const { fulfillment, userErrors } = r.fulfillmentCreate;
    if (userErrors.length || !fulfillment) return rejected('shopify.fulfillment-refused', userErrorText(userErrors) || 'no fulfillment returned');
    created.push(fulfillment.id);
  }
  return { status: 'applied', externalId: created[0], data: { fulfillments: created } };
}

async function markDelivered(ctx: Ctx, order: TargetOrder, input: FulfilmentInput): Promise<PushOutcome> {
  let live = order.fulfillments.filter((f) => f.status === 'SUCCESS');
  if (input.tracking) live = live.filter((f) => f.trackingInfo.some((t) => t.number === input.tracking));
  if (!live.length) return rejected('shopify.not-fulfilled', `order ${order.name} has no fulfillment${input.tracking ? ` with tracking ${input.tracking}` : ''} to mark delivered`);
  const todo = live.filter((f) => f.displayStatus !== 'DELIVERED');
  if (!todo.length) return { status: 'already-applied', externalId: live[0].id };
  for (const f of todo) {
    const r = await adminRequest<{ fulfillmentEventCreate: { userErrors: UserError[] } }>(ctx, FULFILMENT_EVENT_CREATE, {
      fulfillmentEvent: { fulfillmentId: f.id, status: 'DELIVERED' },
    });
    if (r.fulfillmentEventCreate.userErrors.length) return rejected('shopify.event-refused', userErrorText(r.fulfillmentEventCreate.userErrors));
  }
  return { status: 'applied', externalId: todo[0].id };
}
