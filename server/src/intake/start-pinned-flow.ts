import type { Knex } from 'knex';
import type { CanonicalOrder, FlowDefinition } from '@oms/runtime';
import { loadPublished } from '../flows/definitions.js';
import type { AppDeps } from '../http/route-spec.js';
import { appendTimeline, type Actor } from '../orders/timeline.js';
import { startOrderFlow } from './flow-start.js';

/**
 * For the hold-release action: a held order's flow was pinned at intake but not started; start exactly that
 * version now, in the caller's transaction. Returns null when the order pinned no flow or already has one.
 */
export async function startPinnedFlow(
  trx: Knex.Transaction,
  deps: AppDeps,
  p: { tenantId: string; orderId: string; actor: Actor; at: Date },
): Promise<{ instanceId: string } | null> {
  const order = await trx('orders').where({ tenant_id: p.tenantId, id: p.orderId }).first('body', 'pinned');
  const pin = order?.pinned?.flow as { key: string; version: number } | null | undefined;
  if (!order || !pin) return null;
  const running = await trx('flow_instances').where({ tenant_id: p.tenantId, order_id: p.orderId, purpose: 'order' }).first('id');
  if (running) return null;
  const definition = await loadPublished<FlowDefinition>(trx, p.tenantId, 'flow', pin.key, pin.version);
  const started = await startOrderFlow(trx, deps, { ...p, definition, order: order.body as CanonicalOrder });
  await appendTimeline(trx, {
    tenantId: p.tenantId,
    orderId: p.orderId,
    type: 'flow-started',
    actor: p.actor,
    at: p.at,
    data: { instance: started.instanceId },
    definition: { kind: 'flow', key: pin.key, version: pin.version },
  });
  return started;
}
