// The rule builder's pure model (no React): importable by the UI and by the round-trip property test.
export * from './types';
export { parseRule, parseOperand } from './parse';
export { serializeRule, operandJson } from './serialize';
export { describeNode, describeOperand, inMode } from './describe';
export { walkRule, opaqueParts, childPaths, type PlacedNode } from './walk';
export { childPointer, pointerSegment } from './pointer';
export { operatorsFor, typedPath, type VarKind, type VariableOption, type ConditionChoice } from './operators';
export { nodeAt, updateAt, appendChild, removeAt, newCondition, newGroup, parseValueText, type NodeAddress } from './edit';
