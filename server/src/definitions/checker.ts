import { createDefaultRegistry, type DefinitionRegistry } from '@oms/runtime';

/** What the server needs from the runtime's definition registry: shape + meaning checks and references. */
export type DefinitionChecker = Pick<DefinitionRegistry, 'validate' | 'referencesOf' | 'schemaOf'>;

/** The kinds the definitions API stores (plugin manifests are installed, not designed). */
export const DEFINITION_KINDS = ['form', 'flow', 'routing', 'review'] as const;
export type DefinitionKind = (typeof DEFINITION_KINDS)[number];

let shared: DefinitionChecker | undefined;

/** One registry per process: schemas compile once, on first use. */
export function defaultChecker(): DefinitionChecker {
  shared ??= createDefaultRegistry();
  return shared;
}
