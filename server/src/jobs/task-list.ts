import type { JobHelpers, Task, TaskList } from 'graphile-worker';
import type { AppDeps } from '../http/route-spec.js';
import type { CommandJob } from '../flows/commands.js';
import { executeCommand } from '../flows/execute.js';
import { fireDueTimers, fireTimerJob, type TimerJob } from '../flows/timers.js';
import { pruneIdempotencyKeys } from '../idempotency/idempotency-store.js';
import { TASKS } from './task-names.js';
import { orderOpsTasks } from '../shipments/tasks.js';
import { sweepLoginAttempts } from '../auth/login-throttle.js';
import { importJob } from '../imports/run-import.js';
import { pluginTasks } from '../plugins/plugin-tasks.js';
import { eventPublishTasks } from '../plugins/outbound/event-publish-tasks.js';
import { orderPushTasks } from '../plugins/outbound/order-push.js';

/** A job handler with the app's dependencies; payloads are what the producer passed to addJob. */
export type AppTask = (payload: any, helpers: JobHelpers, deps: AppDeps) => Promise<void>;

/**
 * Every job the workers run, declared once. Other areas add theirs here by key (and the key to TASKS).
 */
export const appTasks: Record<string, AppTask> = {
  [TASKS.flowCommand]: (payload: CommandJob, helpers, deps) =>
    executeCommand(deps, payload, { attempts: helpers.job.attempts, maxAttempts: helpers.job.max_attempts }),
  [TASKS.flowTimer]: (payload: TimerJob, _helpers, deps) => fireTimerJob(deps, payload),
  [TASKS.dueTimerSweep]: async (_payload, _helpers, deps) => {
    await fireDueTimers(deps, { now: deps.clock.now() });
  },
  [TASKS.loginThrottleSweep]: async (_payload, _helpers, deps) => {
    await sweepLoginAttempts(deps.db, deps.clock.now(), deps.config.loginThrottle);
  },
  [TASKS.csvImport]: (payload, _helpers, deps) => importJob(deps, payload),
  ...orderOpsTasks,
  ...pluginTasks,
  ...eventPublishTasks,
  ...orderPushTasks,
  [TASKS.idempotencyKeyPrune]: async (_payload, _helpers, deps) => {
    await pruneIdempotencyKeys(deps.db, new Date(deps.clock.now()));
  },
};

export function buildTaskList(deps: AppDeps, tasks: Record<string, AppTask> = appTasks): TaskList {
  const list: TaskList = {};
  for (const [name, task] of Object.entries(tasks)) list[name] = ((payload, helpers) => task(payload, helpers, deps)) as Task;
  return list;
}
