import type { FlowCommand } from '@oms/runtime';
import type { AppDeps } from '../http/route-spec.js';
import type { CommandJob } from './commands.js';
import { deliverFlowEvent } from './driver.js';
import { FLOW_ACTOR, PermanentCommandError, type EffectCtx, type ResultEvent } from './effects/context.js';
import { DB_EFFECTS } from './effects/index.js';
import { callPlugin, isPluginCommand } from './effects/plugin-call.js';
import { recordCommandError, toExceptionState } from './exception.js';

export interface JobAttempt {
  attempts: number;
  maxAttempts: number;
}

export const resultEventId = (commandId: string) => `${commandId}:result`;

/**
 * Run one command (a graphile-worker job). Exactly-once comes from the row: the effect, the row's `done` mark
 * and the result event commit together, and a row already `done` / `skipped` / `failed` is not run again. A plugin
 * call happens before that transaction; if the worker dies between the call and the commit the job is re-run and
 * the connector sees the same idempotency key (`already-applied`). On the job's last attempt, or for a permanent
 * error, the command becomes `failed` and the order goes to `exception` instead of throwing.
 */
export async function executeCommand(deps: AppDeps, job: CommandJob, attempt: JobAttempt): Promise<void> {
  const key = { tenant_id: job.tenantId, instance_id: job.instanceId, command_id: job.commandId };
  const started = await deps.db('flow_commands')
    .where(key)
    .whereIn('status', ['pending', 'running'])
    .update({ status: 'running', attempts: deps.db.raw('attempts + 1'), updated_at: new Date(deps.clock.now()) })
    .returning(['type', 'payload']);
  if (started.length === 0) return; // done, skipped, or waiting in `failed` for an operator
  const cmd = started[0].payload as FlowCommand;
  try {
    let event: ResultEvent | undefined;
    let result: unknown;
    if (isPluginCommand(cmd)) ({ outcome: result, event } = await callPlugin(deps, job.tenantId, cmd));
    await deps.db.transaction(async (trx) => {
      const row = await trx('flow_commands as c')
        .join('flow_instances as i', function () {
          this.on('i.tenant_id', 'c.tenant_id').andOn('i.id', 'c.instance_id');
        })
        .where({ 'c.tenant_id': job.tenantId, 'c.instance_id': job.instanceId, 'c.command_id': job.commandId })
        .forUpdate('c')
        .first('c.status', 'i.order_id');
      if (row?.status !== 'running' && row?.status !== 'pending') return; // finished by a concurrent run
      const ctx: EffectCtx = { deps, trx, tenantId: job.tenantId, instanceId: job.instanceId, orderId: row.order_id, commandId: job.commandId, at: new Date(deps.clock.now()), actor: FLOW_ACTOR };
      const effect = DB_EFFECTS[cmd.type];
      if (effect) ({ result, event } = await effect(ctx, cmd));
      await trx('flow_commands').where(key).update({ status: 'done', result: JSON.stringify(result ?? null), last_error: null, updated_at: ctx.at });
      if (event) await deliverFlowEvent(deps, { tenantId: job.tenantId, instanceId: job.instanceId, event: { ...event, id: resultEventId(job.commandId) } as never, actor: FLOW_ACTOR }, trx);
    });
  } catch (err) {
    if (err instanceof PermanentCommandError || attempt.attempts >= attempt.maxAttempts) {
      await toExceptionState(deps, job, cmd, err);
      return;
    }
    await recordCommandError(deps, job, err);
    throw err;
  }
}
