import { parseCronItems, type CronItem } from 'graphile-worker';
import { TASKS } from './task-names.js';
import { PLUGIN_TASKS } from '../plugins/plugin-task-names.js';

/**
 * Periodic jobs, declared once (graphile-worker's cron: one run per schedule across all worker processes).
 * To add: `{ task: TASKS.x, match: '<crontab>', identifier: 'x' }` and the task in task-list.ts.
 */
export const CRON_ITEMS: CronItem[] = [
  // Safety net for timer jobs (e.g. a clock that moved, a job removed by hand): fires what is due.
  { task: TASKS.dueTimerSweep, match: '* * * * *', identifier: 'due-timer-sweep' },
  // Idempotency keys live 24 h; expired ones are ignored on lookup, so an hourly sweep only reclaims space.
  { task: TASKS.idempotencyKeyPrune, match: '17 * * * *', identifier: 'idempotency-key-prune' },
  // Login throttle rows whose window and delay are over carry no information: sweep them.
  { task: TASKS.loginThrottleSweep, match: '*/15 * * * *', identifier: 'login-throttle-sweep' },
  // Plugin polling: queues a sync per installation whose manifest interval has passed (plugins/inbound/poll-sweep.ts).
  { task: PLUGIN_TASKS.pollSweep, match: '* * * * *', identifier: 'plugin-poll-sweep' },
];

export const parsedCron = () => parseCronItems(CRON_ITEMS);
