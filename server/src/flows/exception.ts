import type { FlowCommand } from '@oms/runtime';
import type { AppDeps } from '../http/route-spec.js';
import type { CommandJob } from './commands.js';
import { FLOW_ACTOR, PermanentCommandError, type EffectCtx } from './effects/context.js';
import { followLifecycle } from './effects/order-moves.js';

export interface CommandError {
  code: string;
  message: string;
}

export function describeError(err: unknown): CommandError {
  const code = err instanceof PermanentCommandError ? err.code : ((err as { code?: unknown })?.code as string | undefined);
  return { code: typeof code === 'string' ? code : 'command.failed', message: err instanceof Error ? err.message : String(err) };
}

/** A failed attempt that will be retried: kept on the row so operators see why it is slow. */
export async function recordCommandError(deps: AppDeps, job: CommandJob, err: unknown): Promise<void> {
  await deps.db('flow_commands')
    .where({ tenant_id: job.tenantId, instance_id: job.instanceId, command_id: job.commandId })
    .update({ last_error: JSON.stringify(describeError(err)), updated_at: new Date(deps.clock.now()) });
}

/**
 * The step failed for good: the command is `failed` and the order is in `exception` with
 * `{command: {instance, id, type, node}, error}`, waiting for an operator to retry, skip or cancel.
 */
export async function toExceptionState(deps: AppDeps, job: CommandJob, cmd: FlowCommand, err: unknown): Promise<void> {
  const error = describeError(err);
  await deps.db.transaction(async (trx) => {
    const key = { tenant_id: job.tenantId, instance_id: job.instanceId, command_id: job.commandId };
    const n = await trx('flow_commands').where(key).whereIn('status', ['pending', 'running']).update({ status: 'failed', last_error: JSON.stringify(error), updated_at: new Date(deps.clock.now()) });
    if (n === 0) return;
    const inst = await trx('flow_instances').where({ tenant_id: job.tenantId, id: job.instanceId }).first('order_id');
    const ctx: EffectCtx = { deps, trx, tenantId: job.tenantId, instanceId: job.instanceId, orderId: inst.order_id, commandId: job.commandId, at: new Date(deps.clock.now()), actor: FLOW_ACTOR };
    const command = { instance: job.instanceId, id: job.commandId, type: cmd.type, node: 'node' in cmd ? cmd.node : null, ...('capability' in cmd ? { capability: cmd.capability } : {}) };
    await followLifecycle(ctx, ['exception'], `${cmd.type} failed: ${error.code}`, { exception: JSON.stringify({ command, error }) });
  });
  deps.logger.warn({ job, error }, 'flow command failed permanently: order in exception');
}
