import type { Knex } from 'knex';
import type { FlowDefinition, FlowResult } from '@oms/runtime';
import type { AppDeps } from '../http/route-spec.js';
import type { Actor } from '../orders/timeline.js';
import { DEFAULT_SETTINGS, getTenantSettings, tenantClock } from '../settings/tenant-settings.js';
import { persistCommands } from './commands.js';
import { loadPublished } from './definitions.js';
import { advanceFlow, migrateFlowState, type HostFlowEvent } from './engine-port.js';
import { flowStartWrites, type StartFlowInput } from './start-writes.js';
import { runWrites } from './write-statement.js';

export type { StartFlowInput };

/**
 * Start an order's (or a return's) flow inside the caller's transaction: instance, first commands and their
 * jobs in ONE statement. `timeZone` is the tenant's (read here when the caller has not read it already).
 */
export async function startFlowInstance(
  trx: Knex.Transaction,
  deps: AppDeps,
  input: StartFlowInput & { timeZone?: string },
): Promise<{ instanceId: string }> {
  const timeZone = input.timeZone ?? (await getTenantSettings(trx, input.tenantId)).timeZone;
  const { instanceId, writes } = flowStartWrites(input, timeZone, Date.now());
  await runWrites(trx, writes);
  return { instanceId };
}

export interface DeliverInput {
  tenantId: string;
  instanceId: string;
  event: HostFlowEvent;
  actor?: Actor;
}

export interface DeliverOutcome {
  ignored?: string;
  status: string;
}

class RevisionConflict extends Error {}
const MAX_CONFLICTS = 8;

/**
 * Feed one event to an instance. Each attempt runs in its own (sub)transaction: the event row (its id is the
 * primary key, so a redelivery is `flow.duplicate-event`), the new state guarded by `revision`, the commands and
 * their jobs. A concurrent advance of the same instance makes the UPDATE match no row; the attempt rolls back
 * and is retried on the fresh state (bounded).
 */
export async function deliverFlowEvent(deps: AppDeps, input: DeliverInput, trx?: Knex.Transaction): Promise<DeliverOutcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await (trx ?? deps.db).transaction((t) => deliverOnce(t, deps, input));
    } catch (err) {
      if (!(err instanceof RevisionConflict) || attempt >= MAX_CONFLICTS) throw err;
    }
  }
}

async function deliverOnce(t: Knex.Transaction, deps: AppDeps, input: DeliverInput): Promise<DeliverOutcome> {
  const { tenantId, instanceId, event } = input;
  // One round trip for the instance, the order its rules read and the tenant's time zone (rules' dates).
  const inst = await t('flow_instances as i')
    .join('orders as o', function () {
      this.on('o.tenant_id', 'i.tenant_id').andOn('o.id', 'i.order_id');
    })
    .leftJoin('tenant_settings as s', 's.tenant_id', 'i.tenant_id')
    .where({ 'i.tenant_id': tenantId, 'i.id': instanceId })
    .first('i.state', 'i.status', 'i.revision', 'i.flow_key', 'i.flow_version', 'i.order_id', 'o.body', 's.time_zone');
  if (!inst) throw new Error(`flows: instance ${instanceId} not found`);
  const now = new Date(deps.clock.now());
  const revision = inst.revision + 1;
  const inserted = await t('flow_events')
    .insert({ tenant_id: tenantId, instance_id: instanceId, event_id: event.id, event: JSON.stringify(event), revision, at: now })
    .onConflict(['tenant_id', 'instance_id', 'event_id'])
    .ignore()
    .returning('event_id');
  if (inserted.length === 0) return { ignored: 'flow.duplicate-event', status: inst.status };

  const def = await loadPublished<FlowDefinition>(t, tenantId, 'flow', inst.flow_key, inst.flow_version);
  const clock = tenantClock(deps, { timeZone: inst.time_zone ?? DEFAULT_SETTINGS.timeZone });
  const result: FlowResult = advanceFlow(def, migrateFlowState(inst.state, def, instanceId), event, clock, inst.body ?? {});
  if (result.ignored) {
    // Kept for the record (and replay) at the revision it did not change.
    await t('flow_events').where({ tenant_id: tenantId, instance_id: instanceId, event_id: event.id }).update({ ignored: result.ignored, revision: inst.revision });
    return { ignored: result.ignored, status: inst.status };
  }
  const updated = await t('flow_instances')
    .where({ tenant_id: tenantId, id: instanceId, revision: inst.revision })
    .update({ state: JSON.stringify(result.state), status: result.state.status, revision, updated_at: now });
  if (updated === 0) throw new RevisionConflict();
  await persistCommands(t, { tenantId, instanceId, orderId: inst.order_id, revision, commands: result.commands, at: now });
  return { status: result.state.status };
}
