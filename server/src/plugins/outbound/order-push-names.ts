/** Jobs of the automatic ERP / WMS push (the worker's task list maps them to handlers). */
export const ORDER_PUSH_TASKS = {
  salesOrder: 'plugin-push-sales-order',
  shippingOrder: 'plugin-push-shipping-order',
} as const;

/** The standard capability keys the automatic push calls (CONTRACT3.md). */
export const SALES_ORDER = 'push-sales-order';
export const SHIPPING_ORDER = 'push-shipping-order';

/** How often the worker runs a push job before it becomes a dead letter (the host's own retries come first). */
export const PUSH_MAX_ATTEMPTS = 8;

/**
 * One logical push = one idempotency key, derived from the order (and the location for a shipping order), never
 * from the reservation: a retried job, a second allocation or a re-route never pushes the same order twice.
 */
export const salesOrderKey = (tenantId: string, orderId: string) => `sales-order:${tenantId}:${orderId}`;
export const shippingOrderKey = (tenantId: string, orderId: string, location: string) => `shipping-order:${tenantId}:${orderId}:${location}`;
