import type { FromSchema } from 'json-schema-to-ts';
import type { InSync, KeyPaths } from '../definitions/schema-types.js';
import type { routingSchema } from './schema.js';
import type { RoutingDefinition } from './types.js';

/** The routing definition type as the schema sees it; `RoutingDefinition` must accept exactly the same values. */
export type RoutingDefinitionFromSchema = FromSchema<typeof routingSchema>;

/** Drift between types.ts and schema.ts fails to compile here. */
export type RoutingSchemaInSync = [
  InSync<RoutingDefinition, RoutingDefinitionFromSchema>,
  InSync<KeyPaths<RoutingDefinition>, KeyPaths<RoutingDefinitionFromSchema>>,
];
