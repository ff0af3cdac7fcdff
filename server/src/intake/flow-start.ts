import type { Knex } from 'knex';
import type { CanonicalOrder, FlowDefinition } from '@oms/runtime';
import type { AppDeps } from '../http/route-spec.js';
import type { Actor } from '../orders/timeline.js';

/** Start the order's flow in the intake transaction (the flow driver inserts state, commands and their jobs). */
export async function startOrderFlow(
  _trx: Knex.Transaction,
  _deps: AppDeps,
  _p: { tenantId: string; orderId: string; definition: FlowDefinition; order: CanonicalOrder; actor: Actor; at: Date },
): Promise<{ instanceId: string }> {
  throw new Error('flow driver not wired yet');
}
