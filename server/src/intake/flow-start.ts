import type { Knex } from 'knex';
import type { CanonicalOrder, FlowDefinition } from '@oms/runtime';
import { startFlowInstance } from '../flows/driver.js';
import type { AppDeps } from '../http/route-spec.js';
import type { Actor } from '../orders/timeline.js';

/** Start the order's flow in the intake transaction (the driver inserts state, commands and their jobs). */
export function startOrderFlow(
  trx: Knex.Transaction,
  deps: AppDeps,
  p: { tenantId: string; orderId: string; definition: FlowDefinition; order: CanonicalOrder; actor: Actor; at: Date },
): Promise<{ instanceId: string }> {
  return startFlowInstance(trx, deps, { ...p, purpose: 'order' });
}
