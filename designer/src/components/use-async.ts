import { useCallback, useEffect, useState } from 'react';

export interface AsyncState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload(): void;
}

/** Load data for a screen; re-runs when `deps` change and on reload(). Stale responses are ignored. */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): AsyncState<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(load, deps);

  useEffect(() => {
    let live = true;
    setLoading(true);
    setError(null);
    run().then(
      (d) => { if (live) { setData(d); setLoading(false); } },
      (e: unknown) => { if (live) { setError(e); setLoading(false); } },
    );
    return () => { live = false; };
  }, [run, tick]);

  return { data, error, loading, reload: () => setTick((n) => n + 1) };
}
