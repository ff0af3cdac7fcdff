import { createDefaultRegistry, type DefinitionRegistry } from '@oms/runtime';

/** What the server needs from the runtime's definition registry: shape + meaning checks and references. */
export type DefinitionChecker = Pick<DefinitionRegistry, 'validate' | 'referencesOf' | 'schemaOf'>;

/** The kinds the definitions API stores: the runtime's one list (plugin manifests are installed, not designed). */
export { DEFINITION_KINDS, type DefinitionKind } from '@oms/runtime';

let shared: DefinitionChecker | undefined;

/** One registry per process: schemas compile once, on first use. */
export function defaultChecker(): DefinitionChecker {
  shared ??= createDefaultRegistry();
  return shared;
}
