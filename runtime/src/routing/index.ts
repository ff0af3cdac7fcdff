// Routing / sourcing: where each order line ships from, with a trace of why.
export * from './types.js';
export { routingKind } from './kind.js';
export { routingSchema } from './schema.js';
export type { RoutingDefinitionFromSchema } from './schema-types.js';
export { createRoutingEngine, type RoutingEngine } from './engine.js';
export { DEFAULT_WEIGHTS } from './defaults.js';
export { haversineKm } from './geo.js';
export { safetyFor } from './stock.js';
