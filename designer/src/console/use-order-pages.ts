import { useCallback, useEffect, useState } from 'react';
import { listOrders, type OrderFilters, type OrderListItem } from './console-api';

/** Keyset paging: the first page for the filters, then "load more" follows nextCursor (never an offset). */
export function useOrderPages(filters: OrderFilters) {
  const [items, setItems] = useState<OrderListItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  const key = JSON.stringify(filters);

  useEffect(() => {
    let live = true;
    setLoading(true);
    setError(null);
    listOrders(JSON.parse(key) as OrderFilters).then(
      (p) => { if (live) { setItems(p.items); setCursor(p.nextCursor); setLoading(false); } },
      (e: unknown) => { if (live) { setError(e); setLoading(false); } },
    );
    return () => { live = false; };
  }, [key, tick]);

  const loadMore = useCallback(() => {
    if (!cursor) return;
    setLoading(true);
    listOrders(JSON.parse(key) as OrderFilters, cursor).then(
      (p) => { setItems((old) => [...old, ...p.items]); setCursor(p.nextCursor); setLoading(false); },
      (e: unknown) => { setError(e); setLoading(false); },
    );
  }, [cursor, key]);

  return { items, hasMore: cursor !== null, loading, error, loadMore, reload: () => setTick((n) => n + 1) };
}
