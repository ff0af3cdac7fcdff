import type { AppTask } from '../../jobs/task-list.js';
import { EVENT_PUBLISH_TASK, publishOrderEvent } from './event-publish.js';

/** The order-event publishing job, spread into the worker's task list. */
export const eventPublishTasks: Record<string, AppTask> = {
  [EVENT_PUBLISH_TASK]: async (payload, helpers, deps) => {
    await publishOrderEvent(deps, payload, { final: helpers.job.attempts >= helpers.job.max_attempts });
  },
};
