import { i18nTextSchema } from '../definitions/common-schema.js';

/** Semantic Versioning 2.0.0 (semver.org's recommended pattern). */
export const SEMVER_PATTERN =
  '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$';

/**
 * Capability keys in kebab case: the standard keys of CONTRACT3 have no dot (`pull-orders`, the host makes the
 * id `<pluginId>.pull-orders`); the older `<kind>.<verb-noun>` form (`erp.create-order`) is still accepted.
 */
export const CAPABILITY_KEY_PATTERN = '^[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)?$';

const jsonSchemaObject = { type: 'object', description: 'A JSON Schema (draft-07)' } as const;
const header = { type: 'string', pattern: '^[A-Za-z0-9-]+$' } as const;

export const pluginManifestSchema = {
  type: 'object',
  required: ['kind', 'id', 'version', 'apiVersion', 'title', 'kinds', 'capabilities', 'configSchema', 'credentialsSchema'],
  properties: {
    kind: { const: 'plugin-manifest' },
    id: { type: 'string', pattern: '^[a-z][a-z0-9-]{1,63}$' },
    version: { type: 'string', pattern: SEMVER_PATTERN },
    apiVersion: { type: 'string', pattern: '^[0-9]+$' },
    title: i18nTextSchema,
    description: i18nTextSchema,
    kinds: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: ['channel', 'erp', 'wms', 'notify'] } },
    main: { type: 'string', minLength: 1 },
    capabilities: {
      type: 'object',
      minProperties: 1,
      // patternProperties + additionalProperties:false pins a badly named key to its own path.
      additionalProperties: false,
      patternProperties: {
        [CAPABILITY_KEY_PATTERN]: {
          type: 'object',
          required: ['input', 'output'],
          properties: {
            title: i18nTextSchema,
            description: i18nTextSchema,
            input: jsonSchemaObject,
            output: jsonSchemaObject,
            idempotent: { type: 'boolean' },
            timeoutMs: { type: 'integer', minimum: 100, maximum: 600000 },
          },
          additionalProperties: false,
        },
      },
    },
    configSchema: jsonSchemaObject,
    credentialsSchema: jsonSchemaObject,
    webhook: {
      type: 'object',
      required: ['signature'],
      properties: {
        signature: {
          type: 'object',
          required: ['scheme', 'header', 'secret'],
          properties: {
            scheme: { enum: ['hmac-sha256', 'hmac-sha512', 'hmac-sha1', 'shared-secret', 'standard-webhooks'] },
            header,
            encoding: { enum: ['hex', 'base64'] },
            prefix: { type: 'string' },
            secret: { type: 'string', minLength: 1 },
            signedPayload: { enum: ['body', 'timestamp.body'] },
            timestampHeader: header,
            toleranceSeconds: { type: 'integer', minimum: 1, maximum: 3600 },
          },
          additionalProperties: false,
        },
        deliveryIdHeader: header,
        eventHeader: header,
      },
      additionalProperties: false,
    },
    rateLimit: {
      type: 'object',
      required: ['requestsPerSecond'],
      properties: {
        requestsPerSecond: { type: 'number', exclusiveMinimum: 0 },
        burst: { type: 'integer', minimum: 1 },
        concurrency: { type: 'integer', minimum: 1 },
        retryAfterHeader: header,
      },
      additionalProperties: false,
    },
    allowedHosts: { type: 'array', uniqueItems: true, items: { type: 'string', pattern: '^(\\*\\.)?[a-z0-9.-]+(:[0-9]+)?$' } },
    polling: {
      type: 'object',
      required: ['intervalSeconds'],
      properties: { intervalSeconds: { type: 'integer', minimum: 5 } },
      additionalProperties: false,
    },
    files: { type: 'boolean' },
  },
  additionalProperties: false,
} as const;
