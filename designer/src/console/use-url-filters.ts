import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { FILTER_KEYS, type OrderFilters } from './console-api';

/** The filters live in the URL (`/console?status=allocated&channel=web&from=…`), so links and reloads keep them. */
export function useUrlFilters(): [OrderFilters, (next: OrderFilters) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => {
    const f: OrderFilters = {};
    for (const k of FILTER_KEYS) {
      const v = params.get(k);
      if (v) f[k] = v;
    }
    return f;
  }, [params]);
  const set = useCallback(
    (next: OrderFilters) => {
      const p = new URLSearchParams();
      for (const k of FILTER_KEYS) if (next[k]) p.set(k, next[k]!);
      setParams(p);
    },
    [setParams],
  );
  return [filters, set];
}
