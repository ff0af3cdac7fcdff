import type { Issue, Locale } from '../core/issue.js';
import { flowKind } from '../flow/index.js';
import { formKind } from '../form/kind.js';
import { defaultRuleEngine } from '../rules/default-engine.js';
import { pluginManifestKind } from '../plugins/manifest-kind.js';
import { reviewKind } from '../review/kind.js';
import { routingKind } from '../routing/index.js';
import type { RuleEngine } from '../rules/types.js';
import type { DefinitionKindSpec } from './kind-spec.js';
import { createDefinitionRegistry, type DefinitionRegistry } from './registry.js';

/** Every built-in definition kind, in the order editors list them. */
export const builtinKinds: DefinitionKindSpec[] = [formKind, flowKind, routingKind, reviewKind, pluginManifestKind];

/** A registry with all built-in kinds; rules compile on `rules` (the shared default engine if absent). */
export function createDefaultRegistry(rules: RuleEngine = defaultRuleEngine()): DefinitionRegistry {
  const registry = createDefinitionRegistry(rules);
  for (const spec of builtinKinds) registry.register(spec);
  return registry;
}

let shared: DefinitionRegistry | undefined;
function sharedRegistry(): DefinitionRegistry {
  return (shared ??= createDefaultRegistry());
}

/** Validate any definition (shape, then meaning) with the shared default registry; `[]` means valid. */
export function validateDefinition(def: unknown, options: { locale?: Locale } = {}): Issue[] {
  return sharedRegistry().validate(def, options);
}

/** `{kind: JSON Schema}` for every built-in kind, e.g. for the designer's Monaco JSON editor. */
export function definitionSchemas(): Record<string, Record<string, unknown>> {
  return Object.fromEntries(builtinKinds.map((k) => [k.kind, k.schema]));
}
