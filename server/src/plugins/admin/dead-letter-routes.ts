import { errorSchema } from '../../http/errors.js';
import { defineRoute, type RouteSpec } from '../../http/route-spec.js';
import { deadLetterJson } from '../store/dead-letters.js';
import { EXAMPLE_ID } from './platform-of.js';
import { replayDeadLetter } from './replay.js';
import { listOf } from '../../http/list-schema.js';

const letterSchema = {
  type: 'object',
  required: ['id', 'installationId', 'pluginId', 'kind', 'error', 'attempts', 'status', 'createdAt'],
  properties: {
    id: { type: 'string', format: 'uuid' }, installationId: { type: 'string', format: 'uuid' }, pluginId: { type: 'string' },
    kind: { enum: ['capability', 'webhook', 'intake'] }, capability: { type: ['string', 'null'] }, payload: {},
    idempotencyKey: { type: ['string', 'null'] }, error: { type: 'object', properties: { class: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } } },
    attempts: { type: 'integer' }, status: { enum: ['open', 'replayed', 'failed-again'] }, replayResult: {},
    createdAt: { type: 'string', format: 'date-time' }, replayedAt: { type: ['string', 'null'] },
  },
};

const list = defineRoute({
  method: 'get', path: '/api/dead-letters', operationId: 'listDeadLetters', tags: ['plugins'],
  summary: 'Work the plugin platform gave up on (newest first), filterable by installation and status',
  query: {
    type: 'object', additionalProperties: false,
    properties: { installation: { type: 'string', format: 'uuid' }, status: { enum: ['open', 'replayed', 'failed-again'] }, limit: { type: 'integer', minimum: 1, maximum: 200 } },
  },
  example: { query: { status: 'open' } },
  responses: { 200: { description: 'Dead letters', schema: listOf(letterSchema) } },
  async handler({ deps, auth, query }) {
    const q = deps.db('plugin_dead_letters').where({ tenant_id: auth.tenantId });
    if (query.installation) q.andWhere({ installation_id: query.installation });
    if (query.status) q.andWhere({ status: query.status });
    const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(query.limit ?? 50);
    return { body: { items: rows.map(deadLetterJson) } };
  },
});

const replay = defineRoute({
  method: 'post', path: '/api/dead-letters/:id/replay', operationId: 'replayDeadLetter', tags: ['plugins'],
  summary: 'Replay one dead letter now; the answer is the letter with its new status (replayed / failed-again)',
  params: { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } }, additionalProperties: false },
  example: { params: { id: EXAMPLE_ID } },
  responses: { 200: { description: 'The letter after the replay', schema: letterSchema }, 404: { description: 'Not found', schema: errorSchema } },
  async handler({ deps, auth, params, requestId }) {
    return { body: await replayDeadLetter(deps, auth.tenantId, params.id, requestId) };
  },
});

export const deadLetterRoutes: RouteSpec[] = [list, replay];
