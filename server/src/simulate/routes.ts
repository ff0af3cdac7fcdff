import { canonicalOrderSchema, DEFINITION_KINDS, RuleError, simulateOrder, type DefinitionKind, type FlowDefinition, type ReviewDefinition, type RoutingDefinition } from '@oms/runtime';
import { HttpError } from '../http/errors.js';
import { defineRoute, type RouteSpec } from '../http/route-spec.js';
import { loadRoutingInputs } from '../inventory/routing-inputs.js';
import { getTenantSettings } from '../settings/tenant-settings.js';
import { resolveDefinition, resolveRoutings, type DefinitionSelector } from './resolve-definitions.js';
import { replayRouting } from './replay.js';
import { sampleOrder, type OrderSource } from './sample-order.js';

const selector = {
  type: 'object',
  additionalProperties: false,
  properties: {
    key: { type: 'string', pattern: '^[a-z][a-z0-9-]{0,63}$' },
    version: { oneOf: [{ type: 'integer', minimum: 0 }, { const: 'draft' }] },
    body: { type: 'object' },
  },
};

interface SimulateBody extends OrderSource {
  definitions?: Partial<Record<DefinitionKind, DefinitionSelector>>;
  decisions?: Record<string, 'approve' | 'reject' | 'return' | 'wait'>;
  actions?: Record<string, 'succeed' | 'fail'>;
  externalEvents?: Record<string, unknown>;
  start?: string;
}

const simulate = defineRoute<SimulateBody>({
  method: 'post',
  path: '/api/simulate',
  operationId: 'simulate',
  summary: 'Run an order through review → flow → routing on drafts or published versions, with a virtual clock; writes nothing',
  description:
    'Connectors are answered by the simulator (marked `simulated`), approvals by `decisions` (default approve; `wait` lets SLA timers fire), and the clock jumps to each timer, so a 24 h SLA escalates at once and shows at T+24h.',
  tags: ['simulate'],
  body: {
    type: 'object',
    additionalProperties: false,
    properties: {
      order: canonicalOrderSchema,
      orderId: { type: 'string', format: 'uuid' },
      formData: { type: 'object' },
      definitions: {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(DEFINITION_KINDS.map((k) => [k, selector])),
      },
      decisions: { type: 'object', additionalProperties: { enum: ['approve', 'reject', 'return', 'wait'] }, maxProperties: 200 },
      actions: { type: 'object', additionalProperties: { enum: ['succeed', 'fail'] }, maxProperties: 200 },
      externalEvents: { type: 'object', maxProperties: 50 },
      start: { type: 'string', format: 'date-time' },
    },
  },
  responses: { 200: { description: 'What would happen', schema: { type: 'object' } } },
  example: { body: { order: { lines: [{ id: 'l1', sku: 'SKU-1', qty: 1 }] } } },
  async handler({ deps, auth, body, locale }) {
    const { db } = deps;
    const defs = body.definitions ?? {};
    const form = defs.form || body.formData ? await resolveDefinition(db, auth.tenantId, 'form', defs.form, locale) : undefined;
    const order = await sampleOrder(db, auth.tenantId, body, form);
    const flowKey = defs.flow?.key ?? (typeof form?.flow === 'string' ? form.flow : undefined);
    const flow = await resolveDefinition(db, auth.tenantId, 'flow', { ...defs.flow, ...(flowKey ? { key: flowKey } : {}) }, locale);
    const review = await resolveDefinition(db, auth.tenantId, 'review', defs.review, locale).catch((e) => {
      // several published reviews and none chosen: simulate without review rather than refuse
      if (e instanceof HttpError && e.code === 'simulate.ambiguous-definition' && !defs.review) return undefined;
      throw e;
    });
    const routings = await resolveRoutings(db, auth.tenantId, defs.routing, locale);
    const settings = await getTenantSettings(db, auth.tenantId);
    const { locations, stock } = await loadRoutingInputs(db, auth.tenantId, [...new Set((order.lines ?? []).map((l) => l.sku))]);
    try {
      const result = simulateOrder({
        order,
        flow: flow as FlowDefinition | undefined,
        review: review as ReviewDefinition | undefined,
        routings: routings.byKey as unknown as Record<string, RoutingDefinition>,
        ...(routings.fallback ? { defaultRouting: routings.fallback } : {}),
        locations,
        stock,
        start: body.start ? new Date(body.start).getTime() : deps.clock.now(),
        timeZone: settings.timeZone,
        ...(body.decisions ? { decisions: body.decisions } : {}),
        ...(body.actions ? { actions: body.actions } : {}),
        ...(body.externalEvents ? { externalEvents: body.externalEvents } : {}),
      });
      return { body: { ...result, order } };
    } catch (e) {
      if (e instanceof RuleError) throw new HttpError(422, e.code, e.message, { path: '/definitions' });
      throw e;
    }
  },
});

interface ReplayBody {
  routing: DefinitionSelector;
  last?: number;
}

const replay = defineRoute<ReplayBody>({
  method: 'post',
  path: '/api/simulate/replay',
  operationId: 'simulateReplay',
  summary: 'Route the last N orders again with a draft routing and diff each allocation against what happened',
  description:
    'Orders with a stored allocation plan, newest first. Stock is today’s levels plus what each order itself holds reserved, so the comparison is about the rules, not about stock that has moved since. Writes nothing.',
  tags: ['simulate'],
  body: {
    type: 'object',
    additionalProperties: false,
    required: ['routing'],
    properties: { routing: selector, last: { type: 'integer', minimum: 1, maximum: 2000 } },
  },
  responses: { 200: { description: 'Allocation diff', schema: { type: 'object' } } },
  example: { body: { routing: { key: 'b2b-routing', version: 'draft' }, last: 50 } },
  async handler({ deps, auth, body, locale }) {
    const def = await resolveDefinition(deps.db, auth.tenantId, 'routing', body.routing, locale);
    if (!def) throw new HttpError(404, 'simulate.definition-not-found', 'No such routing', { path: '/routing' });
    const settings = await getTenantSettings(deps.db, auth.tenantId);
    const clock = { now: () => deps.clock.now(), timeZone: settings.timeZone };
    try {
      return { body: await replayRouting(deps.db, auth.tenantId, def as unknown as RoutingDefinition, body.last ?? 100, clock) };
    } catch (e) {
      if (e instanceof RuleError) throw new HttpError(422, e.code, e.message, { path: '/routing' });
      throw e;
    }
  },
});

export const routes: RouteSpec[] = [simulate, replay];
