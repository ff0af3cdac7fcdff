import { pointer } from '../core/issue.js';
import type { DefinitionKindSpec, Reference } from '../definitions/kind-spec.js';
import { checkFlow } from './check.js';
import type { NodeTypeRegistry } from './node-type.js';
import { defaultNodeTypes } from './nodes/index.js';
import { buildFlowSchema } from './schema.js';
import type { FlowDefinition } from './types.js';

/** Outward references: order fields read by rules (`field`), routing keys, plugin capabilities, roles, users. */
export function flowReferences(def: FlowDefinition, types: NodeTypeRegistry = defaultNodeTypes()): Reference[] {
  return def.nodes.flatMap((n, i) => types.get(n.type)?.references?.(n, pointer('nodes', i)) ?? []);
}

/** The `flow` definition kind for a node-type registry (register extra node types before building it). */
export function createFlowKind(types: NodeTypeRegistry = defaultNodeTypes()): DefinitionKindSpec<FlowDefinition> {
  return {
    kind: 'flow',
    schema: buildFlowSchema(types),
    check: (def, ctx) => checkFlow(def, ctx, types),
    references: (def) => flowReferences(def, types),
  };
}

export const flowKind: DefinitionKindSpec<FlowDefinition> = createFlowKind();
