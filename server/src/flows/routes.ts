import type { Actor } from '../orders/timeline.js';
import { errorSchema } from '../http/errors.js';
import { defineRoute, type RouteContext, type RouteSpec } from '../http/route-spec.js';
import { retryException, skipException } from './exception-actions.js';

const tags = ['orders'];
const idParams = {
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  properties: { id: { type: 'string', pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$' } },
} as const;
const emptyBody = { type: 'object', additionalProperties: false, properties: {} } as const;
const resultSchema = {
  type: 'object',
  required: ['status', 'commands'],
  properties: {
    status: { type: 'string', description: 'The order status after the action (the one it had before the exception)' },
    commands: { type: 'array', items: { type: 'object', properties: { instance: { type: 'string' }, id: { type: 'string' }, type: { type: 'string' } } } },
  },
} as const;
const err = (description: string) => ({ description, schema: errorSchema as unknown as Record<string, unknown> });
const example = { params: { id: '00000000-0000-7000-8000-000000000000' }, body: {} };

export function flowActor(rc: RouteContext): Actor {
  const a = rc.auth;
  return { userId: a.userId, apiKeyId: a.apiKeyId ?? null, label: a.userId ? `user:${a.userId}` : `key:${a.apiKeyId}`, requestId: rc.requestId, ip: rc.ip };
}

export const routes: RouteSpec[] = [
  defineRoute<unknown, unknown, { id: string }>({
    method: 'post',
    path: '/api/orders/:id/retry',
    operationId: 'retryOrderException',
    summary: 'Run the failed flow step of an order in exception again',
    description: 'The failed commands restart from their first attempt with the same idempotency keys; the order returns to the status it had.',
    tags,
    params: idParams,
    body: emptyBody,
    example,
    responses: { 200: { description: 'Retried', schema: resultSchema }, 404: err('No such order in this tenant'), 409: err('order.not-in-exception | order.no-failed-command') },
    handler: async (rc) => ({ body: await retryException(rc.deps, { tenantId: rc.auth.tenantId, orderId: rc.params.id, actor: flowActor(rc) }) }),
  }),
  defineRoute<unknown, unknown, { id: string }>({
    method: 'post',
    path: '/api/orders/:id/skip',
    operationId: 'skipOrderException',
    summary: 'Give up the failed flow step of an order in exception and take its failure path',
    description: 'call-action → action-failed (the node\'s failed path); reserve-stock → route-failed (unfillable); other steps are dropped.',
    tags,
    params: idParams,
    body: emptyBody,
    example,
    responses: { 200: { description: 'Skipped', schema: resultSchema }, 404: err('No such order in this tenant'), 409: err('order.not-in-exception | order.no-failed-command') },
    handler: async (rc) => ({ body: await skipException(rc.deps, { tenantId: rc.auth.tenantId, orderId: rc.params.id, actor: flowActor(rc) }) }),
  }),
];
