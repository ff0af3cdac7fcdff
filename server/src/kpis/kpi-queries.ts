import type { Knex } from 'knex';
import type { KpiGranularity, Kpis } from '@oms/runtime';

export type Granularity = KpiGranularity;

export interface KpiInput {
  tenantId: string;
  from: Date;
  to: Date;
  granularity: Granularity;
  timeZone: string;
  now: Date;
}

/** Statuses that count as fulfilled, and those that leave the denominator (never to be fulfilled). */
const FULFILLED = ['shipped', 'delivered', 'completed'];
const VOID = ['cancelled', 'rejected'];
// Constants, not input: inlined so the statement needs no array bindings.
const sqlList = (xs: string[]) => xs.map((x) => `'${x}'`).join(', ');
const VOID_SQL = sqlList(VOID);
const FULFILLED_SQL = sqlList(FULFILLED);


const ratio = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 10000) / 10000 : null);
const hours = (seconds: unknown) => (seconds == null ? null : Math.round((Number(seconds) / 3600) * 100) / 100);

/**
 * Every KPI of the dashboard in one statement over the orders placed in [from, to), bucketed in the tenant's
 * time zone (never the host's). Definitions are in the README (fulfilment, stock-out, return rates...).
 */
export async function computeKpis(db: Knex, k: KpiInput): Promise<Kpis> {
  const { rows } = await db.raw(
    `WITH o AS (
       SELECT id, status, channel, coalesce(total, 0) AS total, placed_at, plan
       FROM orders WHERE tenant_id = :t AND placed_at >= :from AND placed_at < :to
     ), live AS (SELECT * FROM o WHERE status NOT IN (${VOID_SQL}))
     SELECT
       (SELECT count(*) FROM o)::int AS orders,
       (SELECT coalesce(json_object_agg(status, n), '{}') FROM (SELECT status, count(*)::int n FROM o GROUP BY status) s) AS by_status,
       (SELECT coalesce(json_object_agg(channel, n), '{}') FROM (SELECT channel, count(*)::int n FROM o GROUP BY channel) s) AS by_channel,
       (SELECT coalesce(json_object_agg(channel, g), '{}') FROM (SELECT channel, sum(total)::float8 g FROM live GROUP BY channel) s) AS gmv_by_channel,
       (SELECT coalesce(json_agg(json_build_object('bucket', b, 'orders', n, 'gmv', g) ORDER BY b), '[]') FROM (
          SELECT to_char(date_trunc(:g, placed_at AT TIME ZONE :tz), 'YYYY-MM-DD') b, count(*)::int n,
                 (sum(total) FILTER (WHERE status NOT IN (${VOID_SQL})))::float8 g
          FROM o GROUP BY 1) s) AS series,
       (SELECT count(*) FROM live)::int AS live,
       (SELECT count(*) FROM live WHERE status IN (${FULFILLED_SQL}))::int AS fulfilled,
       (SELECT count(*) FROM o WHERE jsonb_array_length(coalesce(plan->'unfilled', '[]')) > 0
          OR EXISTS (SELECT 1 FROM order_events e WHERE e.tenant_id = :t AND e.order_id = o.id
                     AND e.type = 'status-changed' AND e.data->>'to' = 'backordered'))::int AS stocked_out,
       (SELECT count(DISTINCT r.order_id) FROM returns r JOIN o ON o.id = r.order_id
          WHERE r.tenant_id = :t AND r.status <> 'cancelled')::int AS returned,
       (SELECT count(*) FROM o WHERE EXISTS (SELECT 1 FROM shipments s WHERE s.tenant_id = :t AND s.order_id = o.id))::int AS shipped,
       (SELECT avg(extract(epoch FROM closed_at - created_at)) FROM tasks
          WHERE tenant_id = :t AND status = 'done' AND closed_at >= :from AND closed_at < :to) AS approval_seconds,
       (SELECT count(*) FROM tasks WHERE tenant_id = :t AND due_at IS NOT NULL AND created_at >= :from AND created_at < :to
          AND ((closed_at IS NOT NULL AND closed_at > due_at) OR (closed_at IS NULL AND status = 'open' AND due_at < :now)))::int AS sla_breaches,
       (SELECT avg(extract(epoch FROM first_ship - placed_at)) FROM (
          SELECT o.placed_at, min(s.shipped_at) first_ship FROM o
          JOIN shipments s ON s.tenant_id = :t AND s.order_id = o.id GROUP BY o.id, o.placed_at) x) AS ship_seconds`,
    {
      t: k.tenantId,
      from: k.from,
      to: k.to,
      now: k.now,
      g: k.granularity,
      tz: k.timeZone,
    },
  );
  const r = rows[0];
  return {
    range: { from: k.from.toISOString(), to: k.to.toISOString(), granularity: k.granularity, timeZone: k.timeZone },
    orders: r.orders,
    ordersByStatus: r.by_status,
    ordersByChannel: r.by_channel,
    gmvByChannel: r.gmv_by_channel,
    series: (r.series as Kpis['series']).map((s) => ({ ...s, gmv: s.gmv ?? 0 })),
    fulfilmentRate: ratio(r.fulfilled, r.live),
    stockOutRate: ratio(r.stocked_out, r.orders),
    returnRate: ratio(r.returned, r.shipped),
    meanApprovalHours: hours(r.approval_seconds),
    slaBreaches: r.sla_breaches,
    meanHoursToShip: hours(r.ship_seconds),
  };
}
