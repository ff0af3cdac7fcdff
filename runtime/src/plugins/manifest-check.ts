import { Ajv } from 'ajv';
import type { Issue, Locale } from '../core/issue.js';
import { pointer } from '../core/issue.js';
import type { CheckContext } from '../definitions/kind-spec.js';
import { makeIssue } from '../core/messages.js';
import type { JsonSchema, PluginManifest } from './manifest-types.js';


/** Plugin API versions this runtime's host can load. */
export const SUPPORTED_PLUGIN_API_VERSIONS = ['1'];

/** Property names that hold secrets; such credentials must be writeOnly (never sent back to a browser). */
const SECRET_NAME = /(secret|password|passwd|token|api[-_]?key|private[-_]?key|signing[-_]?key|client[-_]?key)/i;

let metaAjv: Ajv | undefined;
function schemaProblem(schema: JsonSchema): string | undefined {
  metaAjv ??= new Ajv({ strict: false });
  // validateSchema checks against the draft-07 meta-schema without registering the schema.
  if (metaAjv.validateSchema(schema)) return undefined;
  return metaAjv.errorsText(metaAjv.errors, { dataVar: 'schema' });
}

function propertiesOf(schema: JsonSchema): Record<string, Record<string, unknown>> {
  const props = schema.properties;
  return props && typeof props === 'object' ? (props as Record<string, Record<string, unknown>>) : {};
}

export function checkPluginManifest(m: PluginManifest, ctx: CheckContext): Issue[] {
  const locale: Locale = ctx.locale;
  const issues: Issue[] = [];
  if (!SUPPORTED_PLUGIN_API_VERSIONS.includes(m.apiVersion)) {
    issues.push(makeIssue('plugin.unsupported-api-version', '/apiVersion', locale, { apiVersion: m.apiVersion, supported: SUPPORTED_PLUGIN_API_VERSIONS.join(', ') }));
  }
  const schemaAt = (schema: JsonSchema, path: string) => {
    const detail = schemaProblem(schema);
    if (detail) issues.push(makeIssue('plugin.invalid-json-schema', path, locale, { detail }));
  };
  for (const [key, cap] of Object.entries(m.capabilities)) {
    const kind = key.split('.')[0];
    if (key.includes('.') && !(m.kinds as string[]).includes(kind)) {
      issues.push(makeIssue('plugin.capability-kind-not-declared', pointer('capabilities', key), locale, { capability: key, kind }));
    }
    schemaAt(cap.input, pointer('capabilities', key, 'input'));
    schemaAt(cap.output, pointer('capabilities', key, 'output'));
  }
  schemaAt(m.configSchema, '/configSchema');
  schemaAt(m.credentialsSchema, '/credentialsSchema');

  for (const [name, prop] of Object.entries(propertiesOf(m.configSchema))) {
    if (SECRET_NAME.test(name) || prop?.writeOnly === true) issues.push(makeIssue('plugin.secret-in-config', pointer('configSchema', 'properties', name), locale, { property: name }));
  }
  const credentials = propertiesOf(m.credentialsSchema);
  for (const [name, prop] of Object.entries(credentials)) {
    if (SECRET_NAME.test(name) && prop?.writeOnly !== true) {
      issues.push(makeIssue('plugin.secret-not-write-only', pointer('credentialsSchema', 'properties', name), locale, { property: name }));
    }
  }
  const sig = m.webhook?.signature;
  if (sig) {
    if (!Object.prototype.hasOwnProperty.call(credentials, sig.secret)) {
      issues.push(makeIssue('plugin.unknown-credential', '/webhook/signature/secret', locale, { property: sig.secret }));
    } else if (credentials[sig.secret]?.writeOnly !== true && !SECRET_NAME.test(sig.secret)) {
      issues.push(makeIssue('plugin.secret-not-write-only', pointer('credentialsSchema', 'properties', sig.secret), locale, { property: sig.secret }));
    }
    if (sig.signedPayload === 'timestamp.body' && !sig.timestampHeader) {
      issues.push(makeIssue('plugin.missing-timestamp-header', '/webhook/signature', locale));
    }
  }
  return issues;
}
