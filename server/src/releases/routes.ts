import { actorOf, definitionDeps } from '../definitions/routes.js';
import { err, issueSchema, kindSchema, keySchema } from '../definitions/schemas.js';
import { defineRoute, type RouteSpec } from '../http/route-spec.js';
import { importRelease, type Bundle } from './release-import.js';
import { exportRelease, getRelease, listReleases, publishRelease } from './release-service.js';
import { listOf } from '../http/list-schema.js';

const tags = ['releases'];
const itemSchema = {
  type: 'object',
  required: ['kind', 'key', 'version', 'checksum'],
  properties: { kind: { type: 'string' }, key: { type: 'string' }, version: { type: 'integer' }, checksum: { type: 'string' } },
} as const;
const releaseSchema = {
  type: 'object',
  required: ['id', 'status', 'items', 'createdAt'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    status: { type: 'string', enum: ['published', 'imported'] },
    note: { type: ['string', 'null'] },
    source: {},
    items: { type: 'array', items: itemSchema },
    createdAt: { type: 'string', format: 'date-time' },
    createdBy: { type: ['string', 'null'] },
    warnings: { type: 'array', items: issueSchema },
  },
} as const;
const idParams = {
  type: 'object', required: ['id'], additionalProperties: false,
  properties: { id: { type: 'string', format: 'uuid' } },
} as const;
const bundleSchema = {
  type: 'object',
  required: ['format', 'formatVersion', 'definitions'],
  additionalProperties: false,
  properties: {
    format: { type: 'string' },
    formatVersion: { type: 'integer' },
    // The exporter's own release record: note must be text (or null), never an object stored as text.
    release: { type: 'object', properties: { id: { type: 'string', maxLength: 100 }, note: { type: ['string', 'null'], maxLength: 2000 }, createdAt: { type: ['string', 'null'], maxLength: 100 } } },
    definitions: {
      type: 'array',
      maxItems: 500,
      items: {
        type: 'object',
        required: ['kind', 'key', 'version', 'checksum', 'body'],
        additionalProperties: false,
        properties: { kind: { type: 'string' }, key: { type: 'string' }, version: { type: 'integer', minimum: 1 }, checksum: { type: 'string' }, body: { type: 'object' } },
      },
    },
  },
} as const;
const invalid = { description: 'release.invalid: nothing changed; details are issues with paths', schema: { type: 'object', properties: { error: { type: 'object', properties: { details: { type: 'array', items: issueSchema } } } } } };
const exId = '00000000-0000-7000-8000-000000000000';

export const routes: RouteSpec[] = [
  defineRoute({
    method: 'get', path: '/api/releases', operationId: 'listReleases', summary: 'Releases, newest first', tags,
    responses: { 200: { description: 'Releases', schema: listOf(releaseSchema) } },
    handler: async (rc) => ({ body: { items: await listReleases(definitionDeps(rc), actorOf(rc)) } }),
  }),
  defineRoute<{ items: Array<{ kind: string; key: string }>; note?: string | null }>({
    method: 'post', path: '/api/releases', operationId: 'publishRelease', summary: 'Publish several drafts together, or none', tags,
    body: {
      type: 'object', required: ['items'], additionalProperties: false,
      properties: {
        items: { type: 'array', minItems: 1, maxItems: 500, items: { type: 'object', required: ['kind', 'key'], additionalProperties: false, properties: { kind: kindSchema, key: keySchema } } },
        note: { type: ['string', 'null'], maxLength: 2000 },
      },
    },
    example: { body: { items: [{ kind: 'form', key: 'example-order' }], note: 'example' } },
    responses: { 201: { description: 'Published', schema: releaseSchema }, 422: invalid },
    handler: async (rc) => ({ status: 201, body: await publishRelease(definitionDeps(rc), actorOf(rc), rc.body.items, rc.body.note ?? undefined) }),
  }),
  defineRoute<Bundle>({
    method: 'post', path: '/api/releases/import', operationId: 'importRelease', summary: 'Import an exported release atomically', tags,
    body: bundleSchema, example: { body: { format: 'oms-release', formatVersion: 1, definitions: [] } },
    responses: { 201: { description: 'Imported', schema: releaseSchema }, 422: invalid },
    handler: async (rc) => ({ status: 201, body: await importRelease(definitionDeps(rc), actorOf(rc), rc.body) }),
  }),
  defineRoute<unknown, unknown, { id: string }>({
    method: 'get', path: '/api/releases/:id', operationId: 'getRelease', summary: 'One release', tags, params: idParams, example: { params: { id: exId } },
    responses: { 200: { description: 'The release', schema: releaseSchema }, 404: err('No such release in this tenant') },
    handler: async (rc) => ({ body: await getRelease(definitionDeps(rc), actorOf(rc), rc.params.id) }),
  }),
  defineRoute<unknown, unknown, { id: string }>({
    method: 'get', path: '/api/releases/:id/export', operationId: 'exportRelease', summary: 'The release as one JSON file', tags, params: idParams, example: { params: { id: exId } },
    responses: { 200: { description: 'An oms-release bundle', schema: { type: 'object', required: ['format', 'formatVersion', 'release', 'definitions'], properties: { format: { const: 'oms-release' }, formatVersion: { const: 1 }, release: {}, definitions: { type: 'array' } } } }, 404: err('No such release in this tenant') },
    handler: async (rc) => ({
      body: await exportRelease(definitionDeps(rc), actorOf(rc), rc.params.id),
      headers: { 'Content-Disposition': `attachment; filename="release-${rc.params.id}.json"` },
    }),
  }),
];
