// Public API of @oms/runtime: pure, isomorphic, no I/O.
export * from './core/issue.js';
export * from './core/messages.js';
export * from './core/ports.js';
export * from './definitions/kind-spec.js';
export * from './definitions/registry.js';
export * from './definitions/common-schema.js';
export * from './definitions/order-keys.js';
export * from './order/index.js';
export * from './rules/index.js';
export * from './form/index.js';
export * from './review/index.js';
export * from './flow/index.js';
export * from './routing/index.js';
export * from './plugins/index.js';
export * from './definitions/default-registry.js';
export * from './definitions/json-diff.js';
export * from './definitions/canonical-json.js';
