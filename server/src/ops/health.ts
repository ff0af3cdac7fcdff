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
    // Race a timer: with the DB gone, acquiring a pooled connection can wait far longer than a probe should.
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('health probe timed out')), deps.config.healthTimeoutMs);
    });
    try {
      await Promise.race([deps.db.raw('select 1'), timeout]);
      return { body: { status: 'ok', db: 'ok' } };
    } catch {
      return { status: 503, body: { status: 'error', db: 'down' } };
    } finally {
      clearTimeout(timer);
    }
  },
});

export const routes: RouteSpec[] = [healthRoute];
