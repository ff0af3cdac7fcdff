export * from './manifest-types.js';
export * from './sdk.js';
export { pluginManifestKind, manifestCapabilities } from './manifest-kind.js';
export { pluginManifestSchema, SEMVER_PATTERN, CAPABILITY_KEY_PATTERN } from './manifest-schema.js';
export type { PluginManifestFromSchema } from './manifest-schema-types.js';
export { checkPluginManifest, SUPPORTED_PLUGIN_API_VERSIONS } from './manifest-check.js';
