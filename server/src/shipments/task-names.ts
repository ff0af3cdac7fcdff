/** Jobs of the order operations (shipments, returns); the worker's task list maps them to handlers. */
export const ORDER_OPS_TASKS = {
  channelFulfilment: 'channel-fulfilment',
  returnRefund: 'return-refund',
} as const;
