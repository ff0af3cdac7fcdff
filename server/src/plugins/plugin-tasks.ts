import type { AppTask } from '../jobs/task-list.js';
import { pollSweep } from './inbound/poll-sweep.js';
import { processWebhook } from './inbound/process-webhook.js';
import { runSync } from './inbound/sync.js';
import { pushStock } from './outbound/push-stock.js';
import { PLUGIN_TASKS } from './plugin-task-names.js';

/** Jobs of the plugin platform, spread into the worker's one task list. */
export const pluginTasks: Record<string, AppTask> = {
  [PLUGIN_TASKS.webhook]: async (payload, helpers, deps) => {
    await processWebhook(deps, payload, { final: helpers.job.attempts >= helpers.job.max_attempts });
  },
  [PLUGIN_TASKS.sync]: async (payload, _helpers, deps) => {
    await runSync(deps, payload);
  },
  [PLUGIN_TASKS.pollSweep]: async (_payload, _helpers, deps) => {
    await pollSweep(deps);
  },
  [PLUGIN_TASKS.pushStock]: async (payload, helpers, deps) => {
    await pushStock(deps, payload, { final: helpers.job.attempts >= helpers.job.max_attempts });
  },
};
