import { createDefaultRegistry } from '@oms/runtime';
import type { DefinitionKind } from '../api/types';

// The same registry the server validates with, so the editor's live checks never drift from publish.
let registry: ReturnType<typeof createDefaultRegistry> | undefined;

function getRegistry() {
  registry ??= createDefaultRegistry();
  return registry;
}

export function schemaFor(kind: DefinitionKind): Record<string, unknown> | undefined {
  try {
    return getRegistry().schemaOf(kind);
  } catch (e) {
    console.warn('definition schema unavailable', e);
    return undefined;
  }
}
