// Flow: definition kind (schema + semantic checks + references), node-type registry, pure interpreter.
import './messages.js';

export * from './types.js';
export * from './node-type.js';
export * from './duration.js';
export * from './nodes/index.js';
export { createFlowEngine, type FlowEngine, type FlowEngineOptions, type FlowStartOptions } from './engine.js';
export { FLOW_STATE_VERSION, migrateState, type MigrateOptions } from './state.js';
export { assertFlowEvent, flowEventSchema } from './event-schema.js';
export { FlowError } from './run.js';
export { buildFlowSchema } from './schema.js';
export type { FlowDefinitionFromSchema, FlowEventFromSchema } from './schema-types.js';
export type { NodeConfigsFromSchema } from './nodes/config-schema-types.js';
export { checkFlow } from './check.js';
export { createFlowKind, flowKind, flowReferences } from './kind.js';
export { indexFlow, edgeOutcome, type FlowIndex } from './graph.js';
