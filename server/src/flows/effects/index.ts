import type { FlowCommand } from '@oms/runtime';
import type { DbEffect } from './context.js';
import { flowCompleted, notify, setStatus } from './order.js';
import { releaseStock, reserveStock } from './stock.js';
import { cancelTask, createTask } from './tasks.js';

/** Commands whose effect is database work, done in one transaction with the command's `done` mark and result event. */
export const DB_EFFECTS: Partial<Record<FlowCommand['type'], DbEffect<any>>> = {
  'create-task': createTask,
  'cancel-task': cancelTask,
  'reserve-stock': reserveStock,
  'release-stock': releaseStock,
  'set-status': setStatus,
  notify,
  'flow-completed': flowCompleted,
};
