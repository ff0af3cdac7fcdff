import type { FromSchema } from 'json-schema-to-ts';
import type { InSync, KeyPaths } from '../definitions/schema-types.js';
import type { pluginManifestSchema } from './manifest-schema.js';
import type { PluginManifest } from './manifest-types.js';

/** The plugin manifest type as the schema sees it; `PluginManifest` must accept exactly the same values. */
export type PluginManifestFromSchema = FromSchema<typeof pluginManifestSchema>;

/** Drift between manifest-types.ts and manifest-schema.ts fails to compile here. */
export type PluginManifestSchemaInSync = [
  InSync<PluginManifest, PluginManifestFromSchema>,
  InSync<KeyPaths<PluginManifest>, KeyPaths<PluginManifestFromSchema>>,
];
