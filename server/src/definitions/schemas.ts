import { errorSchema } from '../http/errors.js';
import { DEFINITION_KINDS } from './checker.js';

/** JSON Schemas of the definitions API: request validation and the OpenAPI document share them. */
export const kindSchema = { type: 'string', enum: [...DEFINITION_KINDS] } as const;
export const revisionSchema = { type: 'integer', minimum: 1, maximum: 2147483647, description: 'The draft revision you loaded (ETag of GET).' } as const;
export const keySchema = { type: 'string', pattern: '^[a-z][a-z0-9-]{0,63}$' } as const;
const bodyObject = { type: 'object', description: 'The definition document (JSON).' } as const;
const dateTime = { type: ['string', 'null'], format: 'date-time' } as const;
const nullableId = { type: ['string', 'null'] } as const;

export const kindKeyParams = {
  type: 'object',
  required: ['kind', 'key'],
  additionalProperties: false,
  properties: { kind: kindSchema, key: keySchema },
} as const;

export const versionParams = {
  type: 'object',
  required: ['kind', 'key', 'n'],
  additionalProperties: false,
  properties: { kind: kindSchema, key: keySchema, n: { type: 'string', pattern: '^[0-9]{1,9}$' } },
} as const;

export const summarySchema = {
  type: 'object',
  required: ['kind', 'key', 'title', 'status', 'latestVersion', 'hasDraft', 'revision', 'updatedAt'],
  properties: {
    kind: { type: 'string' },
    key: { type: 'string' },
    title: {},
    status: { type: 'string', enum: ['draft', 'published', 'archived'] },
    latestVersion: { type: 'integer' },
    hasDraft: { type: 'boolean' },
    revision: { type: 'integer', description: 'Send it back when saving (If-Match / revision).' },
    updatedAt: dateTime,
  },
} as const;

export const detailSchema = {
  type: 'object',
  required: ['kind', 'key', 'status', 'latestVersion', 'hasDraft', 'revision', 'draft'],
  properties: {
    ...summarySchema.properties,
    draft: {
      oneOf: [
        { type: 'null' },
        { type: 'object', required: ['body'], properties: { body: bodyObject, updatedAt: dateTime, updatedBy: nullableId } },
      ],
    },
  },
} as const;

export const issueSchema = {
  type: 'object',
  required: ['path', 'code', 'message'],
  properties: { path: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' }, params: { type: 'object' }, severity: { type: 'string', enum: ['error', 'warning'] } },
} as const;

export const validateResultSchema = {
  type: 'object',
  required: ['valid', 'issues'],
  properties: { valid: { type: 'boolean' }, issues: { type: 'array', items: issueSchema } },
} as const;

export const publishedSchema = {
  type: 'object',
  required: ['version', 'checksum', 'publishedAt'],
  properties: { version: { type: 'integer' }, checksum: { type: 'string' }, publishedAt: { type: 'string', format: 'date-time' }, warnings: { type: 'array', items: issueSchema } },
} as const;

const versionCommon = {
  version: { type: 'integer' },
  status: { type: 'string', enum: ['published', 'archived'] },
  checksum: { type: 'string' },
  publishedAt: dateTime,
  publishedBy: nullableId,
} as const;

export const versionListSchema = {
  type: 'object',
  required: ['items'],
  properties: { items: { type: 'array', items: { type: 'object', properties: versionCommon } } },
} as const;

export const versionSchema = { type: 'object', required: ['version', 'body', 'checksum'], properties: { ...versionCommon, body: bodyObject } } as const;

export const diffSchema = {
  type: 'object',
  required: ['from', 'to', 'changes'],
  properties: {
    from: { type: ['integer', 'string'] },
    to: { type: ['integer', 'string'] },
    changes: {
      type: 'array',
      items: {
        type: 'object',
        required: ['op', 'path'],
        properties: { op: { type: 'string', enum: ['add', 'remove', 'replace'] }, path: { type: 'string' }, before: {}, after: {} },
      },
    },
  },
} as const;

export const err = (description: string) => ({ description, schema: errorSchema as unknown as Record<string, unknown> });
export { bodyObject };
