export { simulateOrder } from './simulate-order.js';
export { tracedNodeTypes, type PathStep } from './traced-node-types.js';
export type { SimDecision, SimEntry, SimTask, SimulationInput, SimulationResult } from './types.js';
