import { definitionSchemas } from '@oms/runtime';
import type { DefinitionKind } from '../api/types';

// The same JSON Schemas the server validates with, so the editor's live checks never drift from publish.
let schemas: Record<string, Record<string, unknown>> | undefined;

export function schemaFor(kind: DefinitionKind): Record<string, unknown> | undefined {
  schemas ??= definitionSchemas();
  return schemas[kind];
}
