import { randomUUID } from 'node:crypto';
import type { CanonicalOrder, Clock, FlowDefinition } from '@oms/runtime';
import type { Actor } from '../orders/timeline.js';
import { commandWrites } from './command-writes.js';
import { startFlow } from './engine-port.js';
import type { ExtraWrite } from './write-statement.js';

export interface StartFlowInput {
  tenantId: string;
  orderId: string;
  purpose?: 'order' | 'return';
  returnId?: string;
  /** The pinned, published version (its `version` is stored on the instance). */
  definition: FlowDefinition;
  order: CanonicalOrder;
  actor: Actor;
  at: Date;
}

/** The flow starts at `at` (the intake's instant), read in the tenant's time zone. */
const startClock = (at: Date, timeZone: string): Clock => ({ now: () => at.getTime(), timeZone });

/**
 * A flow start as writes for one statement: the pure engine start, then the instance row, its `start` event,
 * its first commands and all their jobs (commandWrites). Folded into the intake's order statement, or run alone.
 * The jobs exist exactly when the statement (or the caller's transaction) commits.
 */
export function flowStartWrites(input: StartFlowInput, timeZone: string, nowMs: number): { instanceId: string; writes: ExtraWrite[] } {
  const instanceId = randomUUID();
  const def = input.definition;
  const result = startFlow(def, input.order, startClock(input.at, timeZone), instanceId);
  const writes: ExtraWrite[] = [
    {
      sql: `INSERT INTO flow_instances (tenant_id, id, order_id, purpose, return_id, flow_key, flow_version, status, state, revision, created_at, updated_at)
            VALUES (:fsT, :fsId, :fsOrder, :fsPurpose, :fsReturn, :fsKey, :fsVersion, :fsStatus, :fsState::jsonb, 1, :fsAt, :fsAt)`,
      bindings: {
        fsT: input.tenantId,
        fsId: instanceId,
        fsOrder: input.orderId,
        fsPurpose: input.purpose ?? 'order',
        fsReturn: input.returnId ?? null,
        fsKey: def.key,
        fsVersion: def.version ?? 0,
        fsStatus: result.state.status,
        fsState: JSON.stringify(result.state),
        fsAt: input.at,
      },
    },
    {
      sql: `INSERT INTO flow_events (tenant_id, instance_id, event_id, event, revision, at)
            VALUES (:fsT, :fsId, 'start', :fsStart::jsonb, 1, :fsAt)`,
      bindings: { fsStart: JSON.stringify({ type: 'start', by: input.actor.label }) },
    },
    ...commandWrites({ tenantId: input.tenantId, instanceId, revision: 1, commands: result.commands, at: input.at }, 'fc', nowMs),
  ];
  return { instanceId, writes };
}
