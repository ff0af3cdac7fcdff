import type { DefinitionKindSpec } from '../definitions/kind-spec.js';
import { checkRouting } from './check.js';
import { routingReferences } from './references.js';
import { routingSchema } from './schema.js';
import type { RoutingDefinition } from './types.js';

/** The `routing` definition kind: schema, semantic checks, outward references. */
export const routingKind: DefinitionKindSpec<RoutingDefinition> = {
  kind: 'routing',
  schema: routingSchema as unknown as Record<string, unknown>,
  check: checkRouting,
  references: routingReferences,
};
