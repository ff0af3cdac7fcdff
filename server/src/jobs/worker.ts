import { run, type Runner } from 'graphile-worker';
import type { AppDeps } from '../http/route-spec.js';
import { parsedCron } from './cron.js';
import { workerLogger } from './log.js';
import { poolFromKnex } from './schema.js';
import { appTasks, buildTaskList, type AppTask } from './task-list.js';

export interface WorkerOptions {
  concurrency: number;
  /** How often to look for jobs scheduled in the future (new jobs arrive by LISTEN/NOTIFY at once). */
  pollIntervalMs?: number;
  /** Run the declared cron items (default true); one run per schedule across all workers either way. */
  cron?: boolean;
  tasks?: Record<string, AppTask>;
}

export interface AppWorker {
  runner: Runner;
  stop(): Promise<void>;
}

/**
 * A graphile-worker pool on the app database. Workers hold no state of their own: any number of them, in any
 * number of processes, share the queue.
 */
export async function startWorker(deps: AppDeps, opts: WorkerOptions): Promise<AppWorker> {
  const pgPool = poolFromKnex(deps.db, opts.concurrency + 2);
  let runner: Runner;
  try {
    runner = await run({
      pgPool,
      concurrency: opts.concurrency,
      pollInterval: opts.pollIntervalMs ?? 1000,
      noHandleSignals: true,
      logger: workerLogger(deps.logger),
      taskList: buildTaskList(deps, opts.tasks ?? appTasks),
      parsedCronItems: opts.cron === false ? [] : parsedCron(),
    });
  } catch (err) {
    await pgPool.end();
    throw err;
  }
  let stopped: Promise<void> | undefined;
  return {
    runner,
    stop: () =>
      (stopped ??= (async () => {
        try {
          await runner.stop();
        } finally {
          await pgPool.end();
        }
      })()),
  };
}

/** Concurrency of the worker the API process runs itself (`OMS_WORKERS`, default 4; 0: no in-process worker). */
export function inProcessWorkerConcurrency(env: NodeJS.ProcessEnv = process.env): number {
  if (env.OMS_WORKERS === undefined || env.OMS_WORKERS === '') return 4;
  const n = Number(env.OMS_WORKERS);
  return Number.isInteger(n) && n >= 0 ? n : 4;
}
