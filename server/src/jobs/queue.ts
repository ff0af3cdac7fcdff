import type { Knex } from 'knex';

export interface AddJobOptions {
  runAt?: Date;
  /** A second add with the same key replaces the pending job (graphile `job_key_mode` 'replace'). */
  jobKey?: string;
  maxAttempts?: number;
  queueName?: string;
}

/**
 * Enqueue a graphile-worker job inside the caller's transaction: the job exists exactly when the business
 * change that asked for it commits (no outbox needed).
 */
export async function addJob(trx: Knex | Knex.Transaction, task: string, payload: object, opts: AddJobOptions = {}): Promise<void> {
  await trx.raw(
    `SELECT graphile_worker.add_job(identifier => ?, payload => ?::json, queue_name => ?, run_at => ?, max_attempts => ?, job_key => ?)`,
    [task, JSON.stringify(payload), opts.queueName ?? null, opts.runAt ?? null, opts.maxAttempts ?? null, opts.jobKey ?? null],
  );
}

/** Remove a pending job by its key (a locked, running job is only marked to not be retried). */
export async function removeJob(trx: Knex | Knex.Transaction, jobKey: string): Promise<void> {
  await trx.raw(`SELECT graphile_worker.remove_job(?)`, [jobKey]);
}
