import { createRoutingEngine, defaultRuleEngine, type CanonicalOrder, type Location, type RoutingDefinition, type RoutingResult, type StockLevel } from '@oms/runtime';
import { useEffect, useMemo, useState } from 'react';
import { routingApi } from './routing-api';

const engine = createRoutingEngine({ rules: defaultRuleEngine() });

export interface LiveRanking {
  result: RoutingResult | null;
  /** The definition's rules do not compile (message), or the inputs failed to load. */
  error: unknown;
  loading: boolean;
  locations: Location[];
}

/**
 * Runs the runtime routing engine in the browser on the tenant's locations and the sample order's stock, on
 * every change of the draft: the ranking follows a weight slider as it moves.
 */
export function useLiveRanking(def: RoutingDefinition, order: CanonicalOrder | null, timeZone: string): LiveRanking {
  const [locations, setLocations] = useState<Location[]>([]);
  const [stock, setStock] = useState<StockLevel[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const skus = useMemo(() => [...new Set((order?.lines ?? []).map((l) => l.sku).filter(Boolean))].sort().join('\n'), [order]);

  useEffect(() => {
    let live = true;
    setLoading(true);
    Promise.all([routingApi.locations(), routingApi.stock(skus ? skus.split('\n') : [])]).then(
      ([locs, levels]) => { if (live) { setLocations(locs); setStock(levels); setLoadError(null); setLoading(false); } },
      (e: unknown) => { if (live) { setLoadError(e); setLoading(false); } },
    );
    return () => { live = false; };
  }, [skus]);

  // One instant per sample: date rules see a stable "now" while weights move.
  const now = useMemo(() => Date.now(), [order]);
  const computed = useMemo(() => {
    if (!order || loading) return { result: null, error: null };
    try {
      return { result: engine.route({ order, locations, stock, definition: def }, { now: () => now, timeZone }), error: null };
    } catch (e) {
      return { result: null, error: e };
    }
  }, [def, order, locations, stock, loading, now, timeZone]);
  return { result: computed.result, error: loadError ?? computed.error, loading, locations };
}
