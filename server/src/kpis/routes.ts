import { HttpError } from '../http/errors.js';
import { defineRoute, type RouteSpec } from '../http/route-spec.js';
import { computeKpis, type Granularity } from './kpi-queries.js';

interface KpiQuery {
  from?: string;
  to?: string;
  granularity?: Granularity;
}

const DAY = 86_400_000;
/** Bounded so one request never scans years of orders into thousands of buckets. */
const MAX_RANGE_DAYS = 400;

const counts = { type: 'object', additionalProperties: { type: 'number' } };

const getKpis = defineRoute<unknown, KpiQuery>({
  method: 'get',
  path: '/api/kpis',
  operationId: 'getKpis',
  summary: 'Dashboard KPIs over the orders placed in [from, to), bucketed in the tenant time zone',
  description:
    'Defaults: the last 30 days by the server clock, daily buckets. Rates are 0…1 (null when their denominator is 0).',
  tags: ['kpis'],
  query: {
    type: 'object',
    additionalProperties: false,
    properties: {
      from: { type: 'string', format: 'date-time' },
      to: { type: 'string', format: 'date-time' },
      granularity: { enum: ['day', 'week', 'month'] },
    },
  },
  responses: {
    200: {
      description: 'KPIs',
      schema: {
        type: 'object',
        required: ['range', 'orders', 'ordersByStatus', 'ordersByChannel', 'gmvByChannel', 'series'],
        properties: {
          range: { type: 'object' },
          orders: { type: 'integer' },
          ordersByStatus: counts,
          ordersByChannel: counts,
          gmvByChannel: counts,
          series: { type: 'array', items: { type: 'object' } },
          fulfilmentRate: { type: ['number', 'null'] },
          stockOutRate: { type: ['number', 'null'] },
          returnRate: { type: ['number', 'null'] },
          meanApprovalHours: { type: ['number', 'null'] },
          slaBreaches: { type: 'integer' },
          meanHoursToShip: { type: ['number', 'null'] },
        },
      },
    },
  },
  example: { query: { granularity: 'week' } },
  async handler({ deps, auth, query }) {
    const now = deps.clock.now();
    const to = query.to ? new Date(query.to) : new Date(now);
    const from = query.from ? new Date(query.from) : new Date(to.getTime() - 30 * DAY);
    if (!(from < to)) throw new HttpError(400, 'kpis.bad-range', '`from` must be before `to`', { path: '/from' });
    if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY) {
      throw new HttpError(400, 'kpis.range-too-long', `A range may span at most ${MAX_RANGE_DAYS} days`, { path: '/to' });
    }
    const settings = await deps.db('tenant_settings').where({ tenant_id: auth.tenantId }).first('time_zone');
    const body = await computeKpis(deps.db, {
      tenantId: auth.tenantId,
      from,
      to,
      granularity: query.granularity ?? 'day',
      timeZone: settings?.time_zone ?? 'UTC',
      now: new Date(now),
    });
    return { body };
  },
});

export const routes: RouteSpec[] = [getKpis];
