/** Jobs of the plugin platform (the worker's task list maps them to handlers). */
export const PLUGIN_TASKS = {
  webhook: 'plugin-webhook',
  sync: 'plugin-sync',
  pollSweep: 'plugin-poll-sweep',
  /** Named in migration 0011's stock trigger: keep in step. */
  pushStock: 'plugin-push-stock',
} as const;
