import type { CanonicalOrder, FlowCommand, OrderStatus, RoutingResult } from '@oms/runtime';
import { loadRoutingInputs } from '../../inventory/routing-inputs.js';
import { releaseReservation, reserveLines } from '../../inventory/stock-service.js';
import { appendTimeline } from '../../orders/timeline.js';
import { getTenantSettings, tenantClock } from '../../settings/tenant-settings.js';
import type { DbEffect, EffectCtx } from './context.js';
import { followLifecycle } from './order-moves.js';
import { pinnedRouting, routingEngine } from './routing.js';

type ReserveStock = Extract<FlowCommand, { type: 'reserve-stock' }>;
type ReleaseStock = Extract<FlowCommand, { type: 'release-stock' }>;

/** Stock read for routing is not locked: another order may take it before we reserve. Route again, a few times. */
const ROUTE_ATTEMPTS = 4;

/** Where the order's lifecycle goes for each routing outcome (the flow decides what happens next). */
const LIFECYCLE: Record<RoutingResult['status'], OrderStatus[]> = {
  routed: ['approved', 'allocated'],
  partial: ['approved', 'backordered'],
  backorder: ['approved', 'backordered'],
  hold: ['on-hold'],
  rejected: [],
};

/**
 * Route with the order's pinned routing version and the tenant clock, reserve every planned line or none
 * (ref = `<instance>:<command>`, so a re-run reserves nothing twice), store plan + trace on `orders.plan`.
 */
export const reserveStock: DbEffect<ReserveStock> = async (ctx, cmd) => {
  const order = await ctx.trx('orders').where({ tenant_id: ctx.tenantId, id: ctx.orderId }).first('body', 'pinned');
  const body = order.body as CanonicalOrder;
  const definition = await pinnedRouting(ctx.trx, ctx.tenantId, order.pinned, cmd.routing);
  const clock = tenantClock(ctx.deps, await getTenantSettings(ctx.trx, ctx.tenantId));
  const ref = `${ctx.instanceId}:${ctx.commandId}`;
  const skus = [...new Set(body.lines.map((l) => l.sku))];
  let result: RoutingResult | undefined;
  let reserved = false;
  for (let i = 0; i < ROUTE_ATTEMPTS && !reserved; i++) {
    const inputs = await loadRoutingInputs(ctx.trx, ctx.tenantId, skus);
    result = routingEngine().route({ order: body, ...inputs, definition }, clock);
    const lines = result.shipments.flatMap((s) => s.lines.map((l) => ({ location: s.location, sku: l.sku, qty: l.qty })));
    if (!cmd.reserve || lines.length === 0) break;
    reserved = (await reserveLines(ctx.trx, { tenantId: ctx.tenantId, ref, orderId: ctx.orderId, lines, actor: ctx.actor })).ok;
  }
  if (cmd.reserve && result!.shipments.length > 0 && !reserved) throw new Error('route.stock-moved: stock changed under every routing attempt');
  const r = result!;
  const plan = { ...r, routing: { key: definition.key, version: definition.version }, reservation: reserved ? ref : null, at: ctx.at.toISOString() };
  await ctx.trx('orders').where({ tenant_id: ctx.tenantId, id: ctx.orderId }).update({ plan: JSON.stringify(plan), updated_at: ctx.at });
  await appendTimeline(ctx.trx, {
    tenantId: ctx.tenantId,
    orderId: ctx.orderId,
    type: 'routed',
    actor: ctx.actor,
    at: ctx.at,
    data: { status: r.status, shipments: r.shipments.length, unfilled: r.unfilled.length, reservation: plan.reservation },
    definition: { kind: 'routing', key: definition.key, version: definition.version },
  });
  await followLifecycle(ctx, LIFECYCLE[r.status], `routing: ${r.status}`, r.status === 'hold' ? { hold_reason: 'routing: unfillable' } : undefined);
  const summary = { status: r.status, shipments: r.shipments };
  if (r.status === 'routed' || r.status === 'partial') {
    return { result: summary, event: { type: 'route-completed', request: cmd.id, ...(reserved ? { reservation: ref } : {}), plan: summary } };
  }
  return { result: summary, event: { type: 'route-failed', request: cmd.id, reason: r.status } };
};

export const releaseStock: DbEffect<ReleaseStock> = async (ctx: EffectCtx, cmd) => {
  const released = await releaseReservation(ctx.trx, { tenantId: ctx.tenantId, ref: cmd.reservation, actor: ctx.actor, reason: `flow ${cmd.node}: release` });
  return { result: { released } };
};
