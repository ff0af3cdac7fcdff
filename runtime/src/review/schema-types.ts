import type { FromSchema } from 'json-schema-to-ts';
import type { InSync, KeyPaths } from '../definitions/schema-types.js';
import type { reviewSchema } from './schema.js';
import type { ReviewDefinition } from './types.js';

/** The review definition type as the schema sees it; `ReviewDefinition` must accept exactly the same values. */
export type ReviewDefinitionFromSchema = FromSchema<typeof reviewSchema>;

/** Drift between types.ts and schema.ts fails to compile here. */
export type ReviewSchemaInSync = [
  InSync<ReviewDefinition, ReviewDefinitionFromSchema>,
  InSync<KeyPaths<ReviewDefinition>, KeyPaths<ReviewDefinitionFromSchema>>,
];
