import { api } from './client';

export type Granularity = 'day' | 'week' | 'month';

/** The body of GET /api/kpis (server/src/kpis/kpi-queries.ts). Rates are 0…1, null when undefined. */
export interface Kpis {
  range: { from: string; to: string; granularity: Granularity; timeZone: string };
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

export function getKpis(from: string, to: string, granularity: Granularity): Promise<Kpis> {
  const q = new URLSearchParams({ from, to, granularity });
  return api.get<Kpis>(`/api/kpis?${q.toString()}`);
}
