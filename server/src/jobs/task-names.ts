/** Job identifiers, declared once (producers import these; the worker's task list maps them to handlers). */
export const TASKS = {
  flowCommand: 'flow-command',
  flowTimer: 'flow-timer',
  dueTimerSweep: 'due-timer-sweep',
  idempotencyKeyPrune: 'idempotency-key-prune',
  loginThrottleSweep: 'login-throttle-sweep',
  csvImport: 'csv-import',
} as const;
