import { api } from './client';
import type { KpiGranularity, Kpis } from '@oms/runtime';

export type Granularity = KpiGranularity;
export type { Kpis };

export function getKpis(from: string, to: string, granularity: Granularity): Promise<Kpis> {
  const q = new URLSearchParams({ from, to, granularity });
  return api.get<Kpis>(`/api/kpis?${q.toString()}`);
}
