/**
 * The canonical order lifecycle, declared once: the server refuses any move not listed here (409
 * `order.illegal-transition`), the designer reads it to offer only the actions that can succeed. A flow's
 * `set-status` never touches this status; it sets the separate business status shown beside it.
 */
export const ORDER_STATUSES = [
  'received',
  'on-hold',
  'rejected',
  'awaiting-approval',
  'approved',
  'allocated',
  'backordered',
  'released',
  'partially-shipped',
  'shipped',
  'delivered',
  'completed',
  'cancelled',
  'exception',
] as const;

export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Statuses nothing leaves. */
export const TERMINAL_ORDER_STATUSES: readonly OrderStatus[] = ['rejected', 'completed', 'cancelled'];

/** Where an order on hold or in exception may go back to (the status it had before). */
const RESUMABLE: readonly OrderStatus[] = [
  'received',
  'awaiting-approval',
  'approved',
  'allocated',
  'backordered',
  'released',
  'partially-shipped',
];

export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  received: ['on-hold', 'rejected', 'awaiting-approval', 'approved', 'allocated', 'backordered', 'released', 'cancelled', 'exception'],
  'on-hold': [...RESUMABLE.filter((s) => s !== 'released' && s !== 'partially-shipped'), 'rejected', 'cancelled', 'exception'],
  'awaiting-approval': ['received', 'approved', 'rejected', 'on-hold', 'cancelled', 'exception'],
  approved: ['awaiting-approval', 'allocated', 'backordered', 'released', 'on-hold', 'cancelled', 'exception'],
  allocated: ['awaiting-approval', 'approved', 'backordered', 'released', 'partially-shipped', 'shipped', 'on-hold', 'cancelled', 'exception'],
  backordered: ['allocated', 'released', 'on-hold', 'rejected', 'cancelled', 'exception'],
  released: ['allocated', 'partially-shipped', 'shipped', 'cancelled', 'exception'],
  'partially-shipped': ['shipped', 'exception'],
  shipped: ['delivered', 'completed'],
  delivered: ['completed'],
  exception: [...RESUMABLE, 'on-hold', 'cancelled'],
  rejected: [],
  completed: [],
  cancelled: [],
};

export function isOrderStatus(value: unknown): value is OrderStatus {
  return typeof value === 'string' && (ORDER_STATUSES as readonly string[]).includes(value);
}

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}

/** Every status an order may move to `to` from (an operator's action checks it, so a repeat is a 409, not a no-op). */
export function sourcesOf(to: OrderStatus): OrderStatus[] {
  return ORDER_STATUSES.filter((s) => canTransition(s, to));
}
