import { v7 as uuidv7 } from 'uuid';
import type { RoutingResult } from '@oms/runtime';
import { pinnedRouting, routingEngine } from '../../flows/effects/routing.js';
import type { AppDeps } from '../../http/route-spec.js';
import { HttpError } from '../../http/errors.js';
import { loadRoutingInputs } from '../../inventory/routing-inputs.js';
import { reserveLines } from '../../inventory/stock-service.js';
import { getTenantSettings, tenantClock } from '../../settings/tenant-settings.js';
import { lockOrder } from '../order-load.js';
import { transitionOrder } from '../order-status.js';
import { releaseOrderStock, REROUTE_REF } from '../reservations.js';
import { appendTimeline } from '../timeline.js';
import type { ActionInput } from './hold-release.js';

/** Orders whose stock may still move: allocated or waiting for stock, not yet released to a warehouse. */
const REROUTABLE = new Set(['allocated', 'backordered']);

/**
 * Re-route: release what the order holds, route again with its pinned routing version on today's stock, and
 * reserve the new plan (all lines or none) under a re-route ref the order owns. Unfillable now → backordered.
 */
export async function rerouteOrder(deps: AppDeps, input: ActionInput): Promise<RoutingResult> {
  return deps.db.transaction(async (trx) => {
    const order = await lockOrder(trx, input.tenantId, input.orderId);
    if (!REROUTABLE.has(order.status)) {
      throw new HttpError(409, 'order.not-reroutable', `Only allocated or backordered orders can be re-routed; ${order.number} is ${order.status}`, {
        details: { status: order.status },
      });
    }
    const released = await releaseOrderStock(trx, input.tenantId, input.orderId, input.actor, 're-route');
    const definition = await pinnedRouting(trx, input.tenantId, order.pinned);
    const clock = tenantClock(deps, await getTenantSettings(trx, input.tenantId));
    const inputs = await loadRoutingInputs(trx, input.tenantId, [...new Set(order.body.lines.map((l) => l.sku))]);
    const result = routingEngine().route({ order: order.body, ...inputs, definition }, clock);
    const ref = `${REROUTE_REF}${uuidv7()}`;
    const lines = result.shipments.flatMap((s) => s.lines.map((l) => ({ location: s.location, sku: l.sku, qty: l.qty })));
    const reserved = lines.length > 0 && (await reserveLines(trx, { tenantId: input.tenantId, ref, orderId: input.orderId, lines, actor: input.actor })).ok;
    const plan = { ...result, routing: { key: definition.key, version: definition.version }, reservation: reserved ? ref : null, at: input.at.toISOString() };
    await trx('orders').where({ tenant_id: input.tenantId, id: input.orderId }).update({ plan: JSON.stringify(plan), updated_at: input.at });
    await appendTimeline(trx, {
      tenantId: input.tenantId,
      orderId: input.orderId,
      type: 'rerouted',
      actor: input.actor,
      at: input.at,
      message: input.reason,
      data: { released, status: result.status, locations: result.shipments.map((s) => s.location), reservation: plan.reservation },
      definition: { kind: 'routing', key: definition.key, version: definition.version },
    });
    await transitionOrder(trx, { ...input, to: reserved && result.unfilled.length === 0 ? 'allocated' : 'backordered', reason: 're-routed' });
    return result;
  });
}
