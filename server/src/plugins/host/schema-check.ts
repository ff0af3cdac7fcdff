import { Ajv, type ValidateFunction } from 'ajv';
import type { PluginManifest } from '@oms/runtime';

/**
 * Capability input and output checked against the manifest's schemas, compiled once per plugin version.
 * Returns the first problem as `path: message` (JSON Pointer into the value), or undefined when valid.
 */
const ajv = new Ajv({ allErrors: false, strict: false, validateFormats: false });
const cache = new Map<string, ValidateFunction>();

function validator(pluginId: string, version: string, capability: string, side: 'input' | 'output', schema: object): ValidateFunction {
  const key = `${pluginId}@${version}#${capability}:${side}`;
  let v = cache.get(key);
  if (!v) cache.set(key, (v = ajv.compile(schema)));
  return v;
}

export function checkAgainst(manifest: PluginManifest, version: string, capability: string, side: 'input' | 'output', value: unknown): string | undefined {
  const spec = manifest.capabilities[capability];
  const schema = spec?.[side];
  if (!schema || typeof schema !== 'object') return undefined;
  const validate = validator(manifest.id, version, capability, side, schema);
  if (validate(value)) return undefined;
  const e = validate.errors?.[0];
  return e ? `${e.instancePath || '/'}: ${e.message ?? 'invalid'}` : 'invalid';
}
