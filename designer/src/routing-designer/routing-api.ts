import type { Location, StockLevel } from '@oms/runtime';
import { api } from '../api/client';

interface Page<T> { items: T[]; nextCursor: string | null }
interface LocationView {
  id: string; type: string; tags: string[]; lat: number | null; lon: number | null; region: string | null;
  priority: number; dailyCapacity: number | null; active: boolean;
}
interface LevelView { location: string; sku: string; onHand: number; reserved: number; safety: number; incoming: number }

export interface ReplaySummary { status: string; locations: string[]; shipments: number; distanceKm: number | null; cost: number | null }
export interface ReplayItem { orderId: string; number: string; before: ReplaySummary; after: ReplaySummary; changed: boolean }
export interface ReplayResult {
  routing: { key: string; version: number | null };
  total: number;
  changed: number;
  totals: Record<'before' | 'after', { shipments: number; distanceKm: number; cost: number }>;
  items: ReplayItem[];
}

async function all<T>(url: (after: string | null) => string): Promise<T[]> {
  const out: T[] = [];
  let after: string | null = null;
  // Bounded: a tenant with more than 20 pages of locations or levels per SKU is far beyond a preview.
  for (let i = 0; i < 20; i++) {
    const page: Page<T> = await api.get<Page<T>>(url(after));
    out.push(...page.items);
    if (!page.nextCursor) break;
    after = page.nextCursor;
  }
  return out;
}

/** The API's location as the runtime engine takes it (the load is unknown here: open orders count as 0). */
export function toRuntimeLocation(l: LocationView): Location {
  const loc: Location = { id: l.id, type: l.type, tags: l.tags, priority: l.priority, active: l.active };
  if (l.lat !== null) loc.lat = l.lat;
  if (l.lon !== null) loc.lon = l.lon;
  if (l.region !== null) loc.region = l.region;
  if (l.dailyCapacity !== null) loc.capacity = { maxOpenOrders: l.dailyCapacity, openOrders: 0 };
  return loc;
}

export const routingApi = {
  locations: async (): Promise<Location[]> =>
    (await all<LocationView>((a) => `/api/locations?limit=200${a ? `&after=${encodeURIComponent(a)}` : ''}`)).map(toRuntimeLocation),
  stock: async (skus: readonly string[]): Promise<StockLevel[]> => {
    const per = await Promise.all(
      skus.map((sku) => all<LevelView>((a) => `/api/stock?sku=${encodeURIComponent(sku)}&limit=200${a ? `&after=${encodeURIComponent(a)}` : ''}`)),
    );
    return per.flat().map((s) => ({ location: s.location, sku: s.sku, onHand: s.onHand, reserved: s.reserved, safetyStock: s.safety, incoming: s.incoming }));
  },
  /** Route the last N orders again with the unsaved draft body; the server writes nothing. */
  replay: (body: unknown, last: number) => api.post<ReplayResult>('/api/simulate/replay', { routing: { body }, last }),
};
