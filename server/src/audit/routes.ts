import { defineRoute, type RouteSpec } from '../http/route-spec.js';
import { pageOf } from '../http/list-schema.js';

const entrySchema = {
  type: 'object',
  required: ['id', 'at', 'action', 'subject', 'requestId'],
  properties: {
    id: { type: 'string' },
    at: { type: 'string', format: 'date-time' },
    actorId: { type: ['string', 'null'] },
    apiKeyId: { type: ['string', 'null'], description: 'The API key the actor used; actorId is then its owner' },
    action: { type: 'string' },
    subject: { type: 'string' },
    requestId: { type: 'string' },
    ip: { type: ['string', 'null'] },
    details: { type: 'object' },
  },
};

interface AuditQuery {
  limit?: number;
  before?: string;
  action?: string;
  actor?: string;
  subject?: string;
  from?: string;
  to?: string;
}

/** Newest first; page with `before=<nextCursor>` (ids are UUIDv7, so they sort by insertion time). */
const listAudit = defineRoute<unknown, AuditQuery>({
  method: 'get',
  path: '/api/audit',
  operationId: 'listAudit',
  summary: 'Audit log, newest first, paged by cursor',
  tags: ['audit'],
  query: {
    type: 'object',
    additionalProperties: false,
    properties: {
      limit: { type: 'integer', minimum: 1, maximum: 200 },
      before: { type: 'string', format: 'uuid' },
      action: { type: 'string', maxLength: 100 },
      actor: { type: 'string', format: 'uuid', description: 'Only what this user did (directly or with one of their API keys)' },
      subject: { type: 'string', minLength: 1, maxLength: 200, description: 'Subjects starting with this text, e.g. `user:` or `definition:flow/`' },
      from: { type: 'string', format: 'date-time', description: 'At or after this instant' },
      to: { type: 'string', format: 'date-time', description: 'Before this instant' },
    },
  },
  responses: {
    200: {
      description: 'A page of entries',
      schema: pageOf(entrySchema),
    },
  },
  example: { query: { limit: '10' } },
  async handler({ deps, auth, query }) {
    const limit = query.limit ?? 50;
    const q = deps.db('audit_log').where({ tenant_id: auth.tenantId });
    if (query.before) q.andWhere('id', '<', query.before);
    if (query.action) q.andWhere('action', query.action);
    if (query.actor) q.andWhere('actor_id', query.actor);
    if (query.subject) q.andWhere('subject', 'like', `${query.subject.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    if (query.from) q.andWhere('at', '>=', new Date(query.from));
    if (query.to) q.andWhere('at', '<', new Date(query.to));
    const rows = await q.orderBy('id', 'desc').limit(limit + 1);
    const page = rows.slice(0, limit);
    return {
      body: {
        items: page.map((r) => ({
          id: r.id,
          at: new Date(r.at).toISOString(),
          actorId: r.actor_id,
          apiKeyId: r.api_key_id ?? null,
          action: r.action,
          subject: r.subject,
          requestId: r.request_id,
          ip: r.ip,
          details: r.details,
        })),
        nextCursor: rows.length > limit ? page[page.length - 1].id : null,
      },
    };
  },
});

export const routes: RouteSpec[] = [listAudit];
