import type { DefinitionKindSpec, Reference } from '../definitions/kind-spec.js';
import { checkPluginManifest } from './manifest-check.js';
import { pluginManifestSchema } from './manifest-schema.js';
import type { PluginManifest } from './manifest-types.js';

/** The `plugin-manifest` kind: a connector package's `manifest.json`. */
export const pluginManifestKind: DefinitionKindSpec<PluginManifest> = {
  kind: 'plugin-manifest',
  schema: pluginManifestSchema as unknown as Record<string, unknown>,
  check: checkPluginManifest,
  references: manifestCapabilities,
};

/** The capabilities a manifest offers (`plugin-capability`), which flow action nodes name. */
export function manifestCapabilities(m: PluginManifest): Reference[] {
  return Object.keys(m.capabilities ?? {}).map((key) => ({ type: 'plugin-capability', key, path: `/capabilities/${key}` }));
}
