import { useCallback, useEffect, useState } from 'react';

interface Page<T> { items: T[]; nextCursor: string | null }

/** A keyset-paged list: the first page for `key`, then more() follows nextCursor. */
export function useKeysetList<T>(load: (cursor?: string) => Promise<Page<T>>, key: string) {
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const first = useCallback(() => load(), [key, tick]);

  useEffect(() => {
    let live = true;
    setLoading(true);
    setError(null);
    first().then(
      (p) => { if (live) { setItems(p.items); setCursor(p.nextCursor); setLoading(false); } },
      (e: unknown) => { if (live) { setError(e); setLoading(false); } },
    );
    return () => { live = false; };
  }, [first]);

  const more = () => {
    if (!cursor) return;
    setLoading(true);
    load(cursor).then(
      (p) => { setItems((old) => [...old, ...p.items]); setCursor(p.nextCursor); setLoading(false); },
      (e: unknown) => { setError(e); setLoading(false); },
    );
  };
  return { items, hasMore: cursor !== null, loading, error, more, reload: () => setTick((n) => n + 1) };
}
