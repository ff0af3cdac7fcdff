export * from './canonical-order.js';
export * from './lifecycle.js';
