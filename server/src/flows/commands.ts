import type { Knex } from 'knex';
import type { FlowCommand } from '@oms/runtime';
import { addJob, removeJob } from '../jobs/queue.js';
import { TASKS } from '../jobs/task-names.js';
import { INLINE, commandMaxAttempts, commandWrites, foldable, timerJobKey } from './command-writes.js';
import { runWrites } from './write-statement.js';

export { commandMaxAttempts, timerJobKey };

export interface PersistInput {
  tenantId: string;
  instanceId: string;
  orderId: string;
  /** The revision whose state produced these commands: with the position it makes the command id. */
  revision: number;
  commands: FlowCommand[];
  at: Date;
}

export interface CommandJob {
  tenantId: string;
  instanceId: string;
  commandId: string;
}

/**
 * One `flow_commands` row per command (id `<revision>.<position>`, unique per instance because each revision is
 * written once), plus the job that executes it, in the caller's transaction. Timers are applied directly: the
 * `flow_timers` row and the job due at `at` (keyed by timer, so set again replaces and cancel removes it).
 * Normally all of it is ONE statement (commandWrites); a batch that sets and cancels the same timer goes
 * statement by statement, in command order.
 */
export async function persistCommands(trx: Knex.Transaction, input: PersistInput): Promise<void> {
  if (input.commands.length === 0) return;
  if (foldable(input.commands)) return runWrites(trx, commandWrites(input, 'c', Date.now()));
  const rows = input.commands.map((cmd, i) => ({
    tenant_id: input.tenantId,
    instance_id: input.instanceId,
    command_id: `${input.revision}.${i}`,
    type: cmd.type,
    payload: JSON.stringify(cmd),
    status: INLINE.has(cmd.type) ? 'done' : 'pending',
    created_at: input.at,
    updated_at: input.at,
  }));
  await trx('flow_commands').insert(rows);
  for (const [i, cmd] of input.commands.entries()) {
    if (cmd.type === 'set-timer') await setTimer(trx, input, cmd.id, cmd.at);
    else if (cmd.type === 'cancel-timer') await cancelTimer(trx, input, cmd.id);
    else await enqueueCommand(trx, { tenantId: input.tenantId, instanceId: input.instanceId, commandId: rows[i].command_id });
  }
}

export async function enqueueCommand(trx: Knex | Knex.Transaction, job: CommandJob, runAt?: Date): Promise<void> {
  await addJob(trx, TASKS.flowCommand, job, { runAt, maxAttempts: commandMaxAttempts() });
}

/** The job runs after the remaining delay in real time (the app clock may be injected); the row keeps `at`. */
async function setTimer(trx: Knex.Transaction, input: PersistInput, timerId: string, atMs: number): Promise<void> {
  const at = new Date(atMs);
  await trx('flow_timers')
    .insert({ tenant_id: input.tenantId, instance_id: input.instanceId, timer_id: timerId, at, status: 'pending' })
    .onConflict(['tenant_id', 'instance_id', 'timer_id'])
    .merge({ at, status: 'pending' });
  await addJob(trx, TASKS.flowTimer, { tenantId: input.tenantId, instanceId: input.instanceId, timerId }, {
    runAt: new Date(Date.now() + Math.max(0, atMs - input.at.getTime())),
    jobKey: timerJobKey(input.tenantId, input.instanceId, timerId),
  });
}

async function cancelTimer(trx: Knex.Transaction, input: PersistInput, timerId: string): Promise<void> {
  await trx('flow_timers')
    .where({ tenant_id: input.tenantId, instance_id: input.instanceId, timer_id: timerId, status: 'pending' })
    .update({ status: 'cancelled' });
  await removeJob(trx, timerJobKey(input.tenantId, input.instanceId, timerId));
}
