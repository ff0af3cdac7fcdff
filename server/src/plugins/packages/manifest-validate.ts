import { validateDefinition, type PluginManifest } from '@oms/runtime';
import { HttpError } from '../../http/errors.js';

/** Plugin ids the platform keeps for itself (the in-process `demo.*` capabilities). */
const RESERVED_IDS = new Set(['demo']);

/**
 * A manifest as read from a package: JSON Schema + the runtime's semantic checks (apiVersion supported, secrets
 * write-only...). Throws a 4xx naming the first bad field (`/apiVersion`); every issue is in `details.issues`.
 * `pathPrefix` places the paths inside the upload (`/manifest.json`).
 */
export function validateManifest(raw: unknown, pathPrefix = ''): PluginManifest {
  const issues = validateDefinition(raw);
  if (issues.length > 0) {
    const api = issues.find((i) => i.code === 'plugin.unsupported-api-version');
    const first = api ?? issues[0]!;
    throw new HttpError(422, api ? 'plugin.unsupported-api-version' : 'plugin.manifest-invalid', `manifest.json: ${first.message}`, {
      path: pathPrefix + first.path,
      details: { issues: issues.map((i) => ({ path: pathPrefix + i.path, code: i.code, message: i.message })) },
    });
  }
  const m = raw as PluginManifest;
  if (RESERVED_IDS.has(m.id)) throw new HttpError(409, 'plugin.id-reserved', `The plugin id ${m.id} is reserved`, { path: `${pathPrefix}/id` });
  return m;
}

/** The manifest key a standard capability (`push-stock`) or capability id suffix names: `push-stock` or `channel.push-stock`. */
export function manifestKeyFor(m: Pick<PluginManifest, 'capabilities'>, key: string): string | undefined {
  if (m.capabilities[key]) return key;
  return Object.keys(m.capabilities).find((k) => k.endsWith(`.${key}`));
}

/** `<pluginId>.<manifest key>`: the capability id flows and the PluginHost use. */
export const capabilityIds = (m: PluginManifest) => Object.keys(m.capabilities).map((k) => `${m.id}.${k}`);
