import {
  createFlowEngine,
  defaultRuleEngine,
  migrateState,
  type Clock,
  type FlowDefinition,
  type FlowEngine,
  type FlowEvent,
  type FlowResult,
  type FlowState,
} from '@oms/runtime';

/**
 * The only module that calls the runtime flow engine (start / advance / migrateState), so a change of the
 * runtime's host contract is a change of this file alone. The engine is pure and holds no state: one per process.
 */
export type HostFlowEvent = FlowEvent;

let engine: FlowEngine | undefined;
const flowEngine = () => (engine ??= createFlowEngine({ rules: defaultRuleEngine() }));

export function startFlow(def: FlowDefinition, order: unknown, clock: Clock, instanceId: string): FlowResult {
  return flowEngine().start(def, order, clock, { instanceId });
}

export function advanceFlow(def: FlowDefinition, state: FlowState, event: FlowEvent, clock: Clock, order: unknown): FlowResult {
  return flowEngine().advance(def, state, event, clock, order);
}

/** Stored states are read through this: older schema versions are upgraded with the pinned definition. */
export function migrateFlowState(state: unknown, def: FlowDefinition, instanceId: string): FlowState {
  return migrateState(state, { def, instance: instanceId });
}
