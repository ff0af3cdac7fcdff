export * from './canonical-order.js';
export * from './lifecycle.js';
export * from './canonical-order-schema.js';
export type * from './kpis.js';
