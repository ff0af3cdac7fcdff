import { createRoutingEngine, defaultRuleEngine, type CanonicalOrder, type Clock, type RoutingDefinition, type RoutingResult, type StockLevel } from '@oms/runtime';
import type { Db } from '../definitions/definition-store.js';
import { loadRoutingInputs } from '../inventory/routing-inputs.js';

export interface AllocationSummary {
  status: string;
  locations: string[];
  shipments: number;
  /** Σ km from each shipping location to the ship-to (null when unknown). */
  distanceKm: number | null;
  cost: number | null;
}

export interface ReplayItem {
  orderId: string;
  number: string;
  before: AllocationSummary;
  after: AllocationSummary;
  changed: boolean;
}

/** Where a routing result ships from, how many parcels, how far and at what cost (from its own trace). */
export function summarise(r: RoutingResult): AllocationSummary {
  const locations = [...new Set(r.shipments.map((s) => s.location))].sort();
  let km: number | null = 0;
  let cost: number | null = 0;
  for (const loc of locations) {
    const factors = r.trace?.locations?.find((l) => l.location === loc)?.factors ?? [];
    const raw = (f: string) => factors.find((x) => x.factor === f)?.raw ?? null;
    const d = raw('distance');
    const c = raw('cost');
    km = km === null || d === null ? null : km + d;
    cost = cost === null || c === null ? null : cost + c;
  }
  const round = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);
  return { status: r.status, locations, shipments: r.shipments.length, distanceKm: round(km), cost: round(cost) };
}

const same = (a: AllocationSummary, b: AllocationSummary) =>
  a.status === b.status && a.shipments === b.shipments && a.locations.join() === b.locations.join();

/**
 * Route the newest `last` orders that have a stored plan again with `def`. Each order sees today's stock plus
 * what it holds reserved itself (its own reservation is not competition), so a diff reflects the rules.
 */
export async function replayRouting(db: Db, tenantId: string, def: RoutingDefinition, last: number, clock: Clock) {
  const rows = await db('orders')
    .where({ tenant_id: tenantId })
    .whereNotNull('plan')
    .orderBy([{ column: 'created_at', order: 'desc' }, { column: 'id', order: 'desc' }])
    .limit(last)
    .select('id', 'number', 'body', 'plan');
  const skus = [...new Set(rows.flatMap((r) => ((r.body as CanonicalOrder).lines ?? []).map((l) => l.sku)))];
  const { locations, stock } = await loadRoutingInputs(db, tenantId, skus);
  const held = await db('stock_reservations')
    .where({ tenant_id: tenantId, status: 'open' })
    .whereIn('order_id', rows.map((r) => r.id))
    .select('order_id', 'location_id', 'sku', db.raw('qty - consumed - released AS open'));
  const engine = createRoutingEngine({ rules: defaultRuleEngine() });
  const items: ReplayItem[] = rows.map((r) => {
    const own = held.filter((h) => h.order_id === r.id);
    const levels: StockLevel[] = stock.map((s) => {
      const mine = own.filter((h) => h.location_id === s.location && h.sku === s.sku).reduce((n, h) => n + Number(h.open), 0);
      return mine ? { ...s, reserved: Math.max(0, s.reserved - mine) } : s;
    });
    const before = summarise(r.plan as RoutingResult);
    const after = summarise(engine.route({ order: r.body as CanonicalOrder, locations, stock: levels, definition: def }, clock));
    return { orderId: r.id, number: r.number, before, after, changed: !same(before, after) };
  });
  const total = (k: 'distanceKm' | 'cost' | 'shipments', side: 'before' | 'after') =>
    items.reduce((n, i) => n + (i[side][k] ?? 0), 0);
  return {
    routing: { key: def.key, version: def.version ?? null },
    total: items.length,
    changed: items.filter((i) => i.changed).length,
    totals: {
      before: { shipments: total('shipments', 'before'), distanceKm: total('distanceKm', 'before'), cost: total('cost', 'before') },
      after: { shipments: total('shipments', 'after'), distanceKm: total('distanceKm', 'after'), cost: total('cost', 'after') },
    },
    items: [...items.filter((i) => i.changed), ...items.filter((i) => !i.changed)],
  };
}
