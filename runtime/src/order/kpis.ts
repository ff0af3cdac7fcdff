/** The body of `GET /api/kpis`: one type for the server that computes it and the dashboard that draws it. */
export type KpiGranularity = 'day' | 'week' | 'month';

/** Rates are 0…1, null when their denominator is empty. */
export interface Kpis {
  range: { from: string; to: string; granularity: KpiGranularity; timeZone: string };
  orders: number;
  ordersByStatus: Record<string, number>;
  ordersByChannel: Record<string, number>;
  gmvByChannel: Record<string, number>;
  series: Array<{ bucket: string; orders: number; gmv: number }>;
  fulfilmentRate: number | null;
  stockOutRate: number | null;
  returnRate: number | null;
  meanApprovalHours: number | null;
  slaBreaches: number;
  meanHoursToShip: number | null;
}
