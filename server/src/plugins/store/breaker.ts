import type { Knex } from 'knex';
import type { PluginErrorClass } from '../plugin-host.js';
import type { BreakerPolicy } from '../platform/platform-types.js';

/** Errors that say the remote (or our access to it) is down, as opposed to one bad request. */
export const TRIPS_BREAKER: ReadonlySet<PluginErrorClass> = new Set(['retryable', 'rate-limited', 'auth']);

export type Admission = { allow: true; trial: boolean } | { allow: false; retryAfterMs: number };

/**
 * The circuit breaker of one installation, kept in `plugin_health` so every API and worker process sees one state.
 * closed → (N consecutive failures) → open → (cool-down over: one caller claims the trial, atomically) →
 * half-open → success closes, failure reopens. A trial whose caller died is re-offered after another cool-down.
 */
export async function admit(db: Knex, tenantId: string, installationId: string, now: number, policy: BreakerPolicy): Promise<Admission> {
  const row = await db('plugin_health').where({ tenant_id: tenantId, installation_id: installationId }).first('circuit', 'opened_at');
  if (!row || row.circuit === 'closed') return { allow: true, trial: false };
  const openedAt = new Date(row.opened_at).getTime();
  if (now - openedAt < policy.coolDownMs) return { allow: false, retryAfterMs: openedAt + policy.coolDownMs - now };
  const claimed = await db('plugin_health')
    .where({ tenant_id: tenantId, installation_id: installationId })
    .whereIn('circuit', ['open', 'half-open'])
    .where('opened_at', '<=', new Date(now - policy.coolDownMs))
    .update({ circuit: 'half-open', opened_at: new Date(now) })
    .returning('circuit');
  return claimed.length ? { allow: true, trial: true } : { allow: false, retryAfterMs: policy.coolDownMs };
}

export async function recordSuccess(db: Knex, tenantId: string, installationId: string, now: number): Promise<void> {
  await db('plugin_health')
    .insert({ tenant_id: tenantId, installation_id: installationId, circuit: 'closed', consecutive_failures: 0, last_success_at: new Date(now) })
    .onConflict(['tenant_id', 'installation_id'])
    .merge({ circuit: 'closed', consecutive_failures: 0, opened_at: null, last_success_at: new Date(now) });
}

/** Counts the failure; opens the circuit at the threshold, or at once when a half-open trial failed. */
export async function recordFailure(
  db: Knex, tenantId: string, installationId: string, now: number, policy: BreakerPolicy,
  error: { class: PluginErrorClass; code: string; message: string },
): Promise<void> {
  const at = new Date(now);
  const lastError = JSON.stringify({ class: error.class, code: error.code, message: error.message.slice(0, 500) });
  if (!TRIPS_BREAKER.has(error.class)) {
    await db('plugin_health').insert({ tenant_id: tenantId, installation_id: installationId, last_error_at: at, last_error: lastError })
      .onConflict(['tenant_id', 'installation_id']).merge({ last_error_at: at, last_error: lastError });
    return;
  }
  await db.raw(
    `INSERT INTO plugin_health AS h (tenant_id, installation_id, consecutive_failures, circuit, opened_at, last_error_at, last_error)
     VALUES (:t, :i, 1, CASE WHEN 1 >= :n THEN 'open' ELSE 'closed' END, CASE WHEN 1 >= :n THEN :at::timestamptz END, :at, :e::jsonb)
     ON CONFLICT (tenant_id, installation_id) DO UPDATE SET
       consecutive_failures = h.consecutive_failures + 1,
       circuit = CASE WHEN h.circuit = 'half-open' OR h.consecutive_failures + 1 >= :n THEN 'open' ELSE h.circuit END,
       opened_at = CASE WHEN h.circuit = 'half-open' OR (h.circuit = 'closed' AND h.consecutive_failures + 1 >= :n) THEN :at::timestamptz ELSE h.opened_at END,
       last_error_at = :at, last_error = :e::jsonb`,
    { t: tenantId, i: installationId, n: policy.failureThreshold, at, e: lastError },
  );
}
