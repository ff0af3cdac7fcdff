import { defineRoute, type RouteSpec } from '../http/route-spec.js';

const healthRoute = defineRoute({
  method: 'get',
  path: '/api/health',
  operationId: 'health',
  summary: 'Liveness and database reachability',
  tags: ['ops'],
  responses: {
    200: { description: 'Up', schema: { type: 'object', properties: { status: { const: 'ok' }, db: { const: 'ok' } } } },
    503: { description: 'Database unreachable' },
  },
  async handler({ deps }) {
    try {
      await deps.db.raw('select 1').timeout(2000, { cancel: false });
      return { body: { status: 'ok', db: 'ok' } };
    } catch {
      return { status: 503, body: { status: 'error', db: 'down' } };
    }
  },
});

export const routes: RouteSpec[] = [healthRoute];
