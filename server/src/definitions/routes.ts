import { defineRoute, type RouteContext, type RouteSpec } from '../http/route-spec.js';
import { defaultChecker } from './checker.js';
import type { Actor, DefinitionDeps } from './context.js';
import { diffVersions, getPublishedVersion, listVersions, parseDiffSide, rejectVersionWrite } from './definition-read.js';
import * as svc from './definition-service.js';
import { publishDefinition } from './publish-definition.js';
import { etagOf, revisionOf } from './revision.js';
import * as s from './schemas.js';
import { listOf } from '../http/list-schema.js';

/** Service dependencies and the acting user, from one request. */
export function definitionDeps(rc: RouteContext): DefinitionDeps {
  return { db: rc.deps.db, clock: rc.deps.clock, checker: defaultChecker(), pluginHost: rc.deps.pluginHost };
}

export function actorOf(rc: RouteContext): Actor {
  return { tenantId: rc.auth.tenantId, userId: rc.auth.userId, apiKeyId: rc.auth.apiKeyId ?? null, requestId: rc.requestId, ip: rc.ip, locale: rc.locale };
}

type KK = { kind: string; key: string };
const tags = ['definitions'];
const base = '/api/definitions/:kind/:key';
const ex = { params: { kind: 'form', key: 'example-order' } };
const notFound = s.err('No such definition in this tenant');
/** Clients may send `{}` (or nothing) to action endpoints. */
const emptyBody = { type: 'object', additionalProperties: false, properties: {} };

export const routes: RouteSpec[] = [
  defineRoute<unknown, { kind?: string }>({
    method: 'get', path: '/api/definitions', operationId: 'listDefinitions', summary: 'List definitions', tags,
    query: { type: 'object', additionalProperties: false, properties: { kind: s.kindSchema } },
    responses: { 200: { description: 'Definitions of this tenant', schema: listOf(s.summarySchema) } },
    handler: async (rc) => ({ body: { items: await svc.listDefinitions(definitionDeps(rc), actorOf(rc), rc.query.kind) } }),
  }),
  defineRoute<{ kind: string; key: string; body: unknown }>({
    method: 'post', path: '/api/definitions', operationId: 'createDefinition', summary: 'Create a definition (its first draft)', tags,
    body: { type: 'object', required: ['kind', 'key', 'body'], additionalProperties: false, properties: { kind: s.kindSchema, key: s.keySchema, body: s.bodyObject } },
    responses: { 201: { description: 'Created', schema: s.summarySchema }, 400: s.err('Body kind/key do not match'), 409: s.err('Already exists') },
    example: { body: { kind: 'form', key: 'example-order', body: { kind: 'form', key: 'example-order', title: { en: 'Example' } } } },
    handler: async (rc) => ({ status: 201, body: await svc.createDefinition(definitionDeps(rc), actorOf(rc), rc.body.kind, rc.body.key, rc.body.body) }),
  }),
  defineRoute<unknown, unknown, KK>({
    method: 'get', path: base, operationId: 'getDefinition', summary: 'A definition with its draft', tags, params: s.kindKeyParams, example: ex,
    responses: { 200: { description: 'The definition', schema: s.detailSchema }, 404: notFound },
    handler: async (rc) => {
      const body = await svc.getDefinition(definitionDeps(rc), actorOf(rc), rc.params.kind, rc.params.key);
      return { body, headers: { ETag: etagOf(body.revision) } };
    },
  }),
  defineRoute<{ body: unknown; revision?: number }, unknown, KK>({
    method: 'put', path: `${base}/draft`, operationId: 'updateDefinitionDraft', summary: 'Replace the draft (compare-and-save on the revision you loaded)', tags, params: s.kindKeyParams,
    description: 'Send the revision you loaded as `If-Match: "<revision>"` (the ETag of GET) or as `revision`. 409 definition.conflict when someone saved since; 428 when no revision is sent.',
    body: { type: 'object', required: ['body'], additionalProperties: false, properties: { body: s.bodyObject, revision: s.revisionSchema } },
    example: { ...ex, body: { body: { kind: 'form', key: 'example-order', title: { en: 'Example' } }, revision: 1 } },
    responses: { 200: { description: 'Saved; the ETag is the new revision', schema: s.summarySchema }, 400: s.err('Bad If-Match'), 404: notFound, 409: s.err('definition.conflict or definition.archived'), 428: s.err('definition.revision-required') },
    handler: async (rc) => {
      const revision = revisionOf(rc.body.revision, rc.ctx.get('If-Match') || undefined);
      const body = await svc.updateDraft(definitionDeps(rc), actorOf(rc), rc.params.kind, rc.params.key, rc.body.body, revision);
      return { body, headers: { ETag: etagOf(body.revision) } };
    },
  }),
  defineRoute<{ body?: unknown } | undefined, unknown, KK>({
    method: 'post', path: `${base}/validate`, operationId: 'validateDefinition', summary: 'Validate a body or the stored draft', tags, params: s.kindKeyParams,
    body: { type: 'object', additionalProperties: false, properties: { body: {} } }, example: { ...ex, body: {} },
    responses: { 200: { description: 'Issues (JSON Pointer paths)', schema: s.validateResultSchema }, 404: notFound },
    handler: async (rc) => ({ body: await svc.validateDraft(definitionDeps(rc), actorOf(rc), rc.params.kind, rc.params.key, rc.body?.body) }),
  }),
  defineRoute<unknown, unknown, KK>({
    method: 'post', path: `${base}/publish`, operationId: 'publishDefinition', summary: 'Publish the draft (or the given body) as the next immutable version', tags, params: s.kindKeyParams,
    description: 'A release of one: checked on its own and against the other published definitions. With `body` (and the revision you loaded), the body is saved as the draft only if the publish succeeds.',
    body: { type: 'object', additionalProperties: false, properties: { body: s.bodyObject, revision: s.revisionSchema } }, example: ex,
    responses: { 201: { description: 'Published (warnings do not block)', schema: s.publishedSchema }, 404: notFound, 409: s.err('Archived, no draft, conflict, or definition.unchanged'), 422: s.err('definition.invalid; details are the issues'), 428: s.err('definition.revision-required (with a body)') },
    handler: async (rc) => {
      const input = (rc.body ?? {}) as { body?: unknown; revision?: number };
      const revision = input.body === undefined ? undefined : revisionOf(input.revision, rc.ctx.get('If-Match') || undefined);
      return { status: 201, body: await publishDefinition(definitionDeps(rc), actorOf(rc), rc.params.kind, rc.params.key, { body: input.body, revision }) };
    },
  }),
  defineRoute<unknown, unknown, KK>({
    method: 'post', path: `${base}/archive`, operationId: 'archiveDefinition', summary: 'Archive (versions stay readable)', tags, params: s.kindKeyParams, body: emptyBody, example: ex,
    responses: { 200: { description: 'Archived', schema: s.summarySchema }, 404: notFound, 409: s.err('Already archived') },
    handler: async (rc) => ({ body: await svc.archiveDefinition(definitionDeps(rc), actorOf(rc), rc.params.kind, rc.params.key) }),
  }),
  defineRoute<unknown, unknown, KK>({
    method: 'get', path: `${base}/versions`, operationId: 'listDefinitionVersions', summary: 'Published versions', tags, params: s.kindKeyParams, example: ex,
    responses: { 200: { description: 'Versions, oldest first', schema: s.versionListSchema }, 404: notFound },
    handler: async (rc) => ({ body: { items: await listVersions(definitionDeps(rc), actorOf(rc), rc.params.kind, rc.params.key) } }),
  }),
  defineRoute<unknown, unknown, KK & { n: string }>({
    method: 'get', path: `${base}/versions/:n`, operationId: 'getDefinitionVersion', summary: 'One published version', tags, params: s.versionParams,
    example: { params: { ...ex.params, n: '1' } },
    responses: { 200: { description: 'The version', schema: s.versionSchema }, 404: notFound },
    handler: async (rc) => ({ body: await getPublishedVersion(definitionDeps(rc), actorOf(rc), rc.params.kind, rc.params.key, Number(rc.params.n)) }),
  }),
  defineRoute<unknown, unknown, KK & { n: string }>({
    method: 'put', path: `${base}/versions/:n`, operationId: 'putDefinitionVersion', summary: 'Always refused: published versions are immutable', tags, params: s.versionParams,
    body: { type: 'object' }, example: { params: { ...ex.params, n: '1' }, body: {} },
    responses: { 404: notFound, 409: s.err('definition.published-immutable') },
    handler: async (rc) => rejectVersionWrite(definitionDeps(rc), actorOf(rc), rc.params.kind, rc.params.key, Number(rc.params.n)),
  }),
  defineRoute<unknown, { from: string; to: string }, KK>({
    method: 'get', path: `${base}/diff`, operationId: 'diffDefinition', summary: 'Structural diff between two versions or the draft', tags, params: s.kindKeyParams,
    query: { type: 'object', required: ['from', 'to'], additionalProperties: false, properties: { from: { type: 'string', pattern: '^([1-9][0-9]{0,8}|draft)$' }, to: { type: 'string', pattern: '^([1-9][0-9]{0,8}|draft)$' } } },
    example: { ...ex, query: { from: '1', to: 'draft' } },
    responses: { 200: { description: 'Changes (JSON Pointer paths, arrays by index)', schema: s.diffSchema }, 404: notFound },
    handler: async (rc) => ({
      body: await diffVersions(definitionDeps(rc), actorOf(rc), rc.params.kind, rc.params.key, parseDiffSide(rc.query.from, 'from'), parseDiffSide(rc.query.to, 'to')),
    }),
  }),
];
