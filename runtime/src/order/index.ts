export * from './canonical-order.js';
