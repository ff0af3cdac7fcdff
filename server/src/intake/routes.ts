import { canonicalOrderSchema, type CanonicalOrder } from '@oms/runtime';
import { HttpError } from '../http/errors.js';
import { defineRoute, type RouteContext, type RouteResult, type RouteSpec } from '../http/route-spec.js';
import { actorOf } from '../orders/actor-of.js';
import { intakeOrder } from './intake-order.js';
import type { IntakeInput, IntakeOrderSummary, IntakeResult } from './intake-types.js';

export const intakeSummarySchema = {
  type: 'object',
  required: ['id', 'number', 'status', 'channel', 'review', 'pinned', 'duplicate'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    number: { type: 'string' },
    status: { type: 'string' },
    channel: { type: 'string' },
    externalId: { type: ['string', 'null'] },
    review: { type: 'object' },
    pinned: { type: 'object' },
    flowStarted: { type: 'boolean' },
    duplicate: { type: 'boolean' },
  },
} as const;

/** 201 for a new order, 200 for a duplicate (same channel + external id), 422 with per-path issues otherwise. */
export async function answerIntake(rc: RouteContext, input: Omit<IntakeInput, 'actor' | 'tenantId' | 'locale'>, code = 'order.invalid'): Promise<RouteResult> {
  const toResult = (o: IntakeOrderSummary): RouteResult => ({ status: o.duplicate ? 200 : 201, body: o, headers: { Location: `/api/orders/${o.id}` } });
  const res: IntakeResult = await intakeOrder(
    rc.deps,
    { ...input, tenantId: rc.auth.tenantId, actor: actorOf(rc), locale: rc.locale },
    { sameTransaction: rc.idempotency ? (o) => rc.idempotency!.statement(toResult(o)) : undefined },
  );
  if (!res.ok) {
    throw new HttpError(422, code, `The order is invalid: ${res.issues[0].path || '/'} ${res.issues[0].message}`, {
      path: res.issues[0].path,
      details: res.issues,
    });
  }
  return toResult(res.order);
}

const createOrder = defineRoute<CanonicalOrder>({
  method: 'post',
  path: '/api/orders',
  operationId: 'createOrder',
  summary: 'Take an order (canonical shape) through intake: validate, normalise, dedupe, review, persist, start its flow',
  description:
    'Needs an Idempotency-Key. A second order with the same channel + externalId answers 200 with the first order and `duplicate: true`. ' +
    'Rejected orders are stored (status `rejected`, reasons in `review.matched`).',
  tags: ['orders'],
  body: canonicalOrderSchema,
  idempotency: 'required',
  responses: {
    201: { description: 'Order taken', schema: intakeSummarySchema },
    200: { description: 'Duplicate: the existing order', schema: intakeSummarySchema },
    422: { description: 'order.invalid (details: issues with paths) or idempotency.key-reused' },
  },
  example: { body: { channel: 'web', externalId: 'example-1', lines: [{ sku: 'SKU-1', qty: 1, unitPrice: 10 }] } },
  async handler(rc) {
    return answerIntake(rc, { source: 'api', order: rc.body });
  },
});

export const routes: RouteSpec[] = [createOrder];
