import type { FromSchema } from 'json-schema-to-ts';
import type { InSync, KeyPaths } from '../definitions/schema-types.js';
import type { flowEventSchema } from './event-schema.js';
import type { flowEnvelopeSchema } from './schema.js';
import type { FlowDefinition, FlowEvent } from './types.js';

/**
 * The flow definition type as the static schema sees it. Limit: buildFlowSchema narrows node `type`
 * to the registry's keys and `config` per type at run time, so here `type` is `string` and `config`
 * an open object; each node type's config is tied to its own schema fragment in nodes/*.
 */
export type FlowDefinitionFromSchema = FromSchema<typeof flowEnvelopeSchema>;

/** Drift between types.ts and schema.ts fails to compile here. */
export type FlowSchemaInSync = [
  InSync<FlowDefinition, FlowDefinitionFromSchema>,
  InSync<KeyPaths<FlowDefinition>, KeyPaths<FlowDefinitionFromSchema>>,
];

/** The flow event type as its JSON Schema sees it. */
export type FlowEventFromSchema = FromSchema<typeof flowEventSchema>;

/** Drift between the FlowEvent type and flowEventSchema fails to compile here. */
export type FlowEventSchemaInSync = [InSync<FlowEvent, FlowEventFromSchema>, InSync<KeyPaths<FlowEvent>, KeyPaths<FlowEventFromSchema>>];
