import type { FlowCommand } from '@oms/runtime';
import type { AppDeps } from '../../http/route-spec.js';
import type { CallOutcome } from '../../plugins/plugin-host.js';
import { PermanentCommandError, type ResultEvent } from './context.js';

export type PluginCommand = Extract<FlowCommand, { type: 'call-action' | 'compensate' }>;

export const isPluginCommand = (cmd: FlowCommand): cmd is PluginCommand => cmd.type === 'call-action' || cmd.type === 'compensate';

/** Errors the host retries with backoff (the job is re-run); the rest are the call's answer. */
const TRANSIENT = new Set(['retryable', 'rate-limited']);

export class TransientCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

const DEADLINE_MS = 30_000;

/**
 * Call the capability with the runtime's idempotency key (outside any transaction: a connector call may be slow).
 * A transient failure throws (graphile-worker retries the job); an action's definitive failure is the
 * `action-failed` event (the flow's `failed` path decides); a compensation that cannot be applied is permanent.
 */
export async function callPlugin(deps: AppDeps, tenantId: string, cmd: PluginCommand): Promise<{ outcome: CallOutcome; event?: ResultEvent }> {
  if (!deps.pluginHost) throw new PermanentCommandError('plugin.host-missing', 'No plugin host is configured');
  const outcome = await deps.pluginHost.call({ tenantId, capability: cmd.capability, input: cmd.input, idempotencyKey: cmd.idempotencyKey, deadlineMs: DEADLINE_MS });
  if (!outcome.ok) {
    const e = outcome.error;
    if (TRANSIENT.has(e.class)) throw new TransientCallError(e.code, e.message, e.retryAfterMs);
    if (cmd.type === 'compensate') throw new PermanentCommandError(e.code, e.message);
    return { outcome, event: { type: 'action-failed', call: cmd.id, attempt: cmd.attempt, error: { code: e.code, message: e.message, retryable: false } } };
  }
  if (cmd.type === 'compensate') return { outcome };
  return { outcome, event: { type: 'action-succeeded', call: cmd.id, attempt: cmd.attempt, result: outcome.result } };
}
