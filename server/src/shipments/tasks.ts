import type { AppTask } from '../jobs/task-list.js';
import { refundReturn } from '../returns/refund.js';
import { pushChannelFulfilment } from './channel-fulfilment.js';
import { ORDER_OPS_TASKS } from './task-names.js';

/** Jobs of shipments and returns, spread into the worker's one task list. */
export const orderOpsTasks: Record<string, AppTask> = {
  [ORDER_OPS_TASKS.channelFulfilment]: (payload, helpers, deps) =>
    pushChannelFulfilment(deps, payload, { final: helpers.job.attempts >= helpers.job.max_attempts }),
  [ORDER_OPS_TASKS.returnRefund]: (payload, _helpers, deps) => refundReturn(deps, payload),
};
