import { runOnce } from 'graphile-worker';
import type { AppDeps } from '../http/route-spec.js';
import { workerLogger } from './log.js';
import { poolFromKnex } from './schema.js';
import { appTasks, buildTaskList } from './task-list.js';

/**
 * Run every job that is due now, then return (graphile-worker's runOnce, repeated while jobs keep arriving,
 * bounded). For seeding and scripts: nothing stays running.
 */
export async function drainJobs(deps: AppDeps, rounds = 20): Promise<void> {
  const pgPool = poolFromKnex(deps.db, 4);
  try {
    for (let i = 0; i < rounds; i++) {
      const { rows } = await pgPool.query(
        `SELECT count(*)::int AS n FROM graphile_worker._private_jobs WHERE run_at <= now() AND locked_at IS NULL AND attempts < max_attempts`,
      );
      if (rows[0].n === 0) return;
      // noHandleSignals: the process owns SIGTERM (graphile would otherwise exit with 143 on its own)
      await runOnce({ pgPool, noHandleSignals: true, logger: workerLogger(deps.logger), taskList: buildTaskList(deps, appTasks) });
    }
  } finally {
    await pgPool.end();
  }
}
