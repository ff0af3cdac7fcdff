import type { RunError, RunOp, RunOutcome, RunnablePlugin } from '../host/runner-types.js';
import { admit, recordFailure, recordSuccess } from '../store/breaker.js';
import type { PlatformOptions } from './platform-types.js';

const RETRY: ReadonlySet<string> = new Set(['retryable', 'rate-limited']);

/** Full jitter (AWS architecture blog): a random wait in [0, min(max, base·2^n)), so retrying callers spread out. */
export function backoffMs(attempt: number, error: RunError, o: Pick<PlatformOptions, 'retry' | 'random'>): number {
  const cap = Math.min(o.retry.maxDelayMs, o.retry.baseDelayMs * 2 ** attempt);
  const jittered = Math.floor(o.random() * cap);
  return error.class === 'rate-limited' && error.retryAfterMs ? Math.max(error.retryAfterMs, jittered) : jittered;
}

/**
 * One logical call: the circuit breaker admits it (or answers `plugin.circuit-open` without running anything),
 * the runner runs it, retryable and rate-limited errors are retried here with jittered backoff while attempts and
 * the deadline allow, and the outcome lands in the installation's health row.
 */
export async function runWithPolicy(o: PlatformOptions, plugin: RunnablePlugin, op: RunOp, opts: { deadlineMs?: number } = {}): Promise<RunOutcome> {
  if (!o.runner) return { ok: false, error: { class: 'permanent', code: 'plugin.runner-unavailable', message: 'No plugin runner is configured in this process' } };
  const started = o.clock.now();
  let last: RunOutcome | undefined;
  for (let attempt = 0; attempt < Math.max(1, o.retry.attempts); attempt++) {
    const gate = await admit(o.db, plugin.tenantId, plugin.installationId, o.clock.now(), o.breaker);
    if (!gate.allow) {
      return last ?? { ok: false, error: { class: 'retryable', code: 'plugin.circuit-open', message: `The circuit of ${plugin.pluginId} is open after repeated failures`, retryAfterMs: gate.retryAfterMs } };
    }
    const remaining = opts.deadlineMs === undefined ? undefined : opts.deadlineMs - (o.clock.now() - started);
    last = await o.runner.run(plugin, op, remaining === undefined ? {} : { deadlineMs: Math.max(1, remaining) });
    if (last.ok) {
      await recordSuccess(o.db, plugin.tenantId, plugin.installationId, o.clock.now());
      return last;
    }
    await recordFailure(o.db, plugin.tenantId, plugin.installationId, o.clock.now(), o.breaker, last.error);
    if (!RETRY.has(last.error.class) || attempt + 1 >= o.retry.attempts) return last;
    const wait = backoffMs(attempt, last.error, o);
    if (wait > o.retry.maxDelayMs) return last; // the remote asked for longer than a call may wait: the job retries later
    if (remaining !== undefined && wait >= remaining) return last;
    await o.sleep(wait);
  }
  return last!;
}
