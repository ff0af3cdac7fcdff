// Public API of the rule engine: JSON Logic compiled to closures, per-engine operators, hard limits.
export * from './types.js';
export { createRuleEngine } from './engine.js';
export { defaultRuleEngine } from './default-engine.js';
export { truthy } from './truthy.js';
export { DEFAULT_LIMITS, SLOT_WORK_BUDGET, slotMeter } from './limits.js';
export { BUILTIN_OPERATOR_DOCS, describeOperators } from './operator-docs.js';
export { FORBIDDEN_SEGMENTS } from './var-path.js';
