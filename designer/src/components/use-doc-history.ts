import { useCallback, useRef, useState } from 'react';

const LIMIT = 200;

/**
 * Undo / redo over whole documents: a drop, a move and a property edit are each one entry (typing into one
 * property coalesces under its key), so undo is always one analyst step. Documents are immutable values.
 */
export function useDocHistory<D>(doc: D, commit: (next: D) => void) {
  const past = useRef<D[]>([]);
  const future = useRef<D[]>([]);
  const lastKey = useRef<string | null>(null);
  const [, bump] = useState(0);

  const apply = useCallback((next: D, coalesce?: string) => {
    if (next === doc) return;
    const merge = coalesce !== undefined && coalesce === lastKey.current && past.current.length > 0;
    lastKey.current = coalesce ?? null;
    if (!merge) past.current = [...past.current.slice(-LIMIT + 1), doc];
    future.current = [];
    commit(next);
    bump((n) => n + 1);
  }, [doc, commit]);

  const undo = useCallback(() => {
    const prev = past.current.at(-1);
    if (prev === undefined) return;
    lastKey.current = null;
    past.current = past.current.slice(0, -1);
    future.current = [doc, ...future.current];
    commit(prev);
    bump((n) => n + 1);
  }, [doc, commit]);

  const redo = useCallback(() => {
    const next = future.current[0];
    if (next === undefined) return;
    lastKey.current = null;
    future.current = future.current.slice(1);
    past.current = [...past.current, doc];
    commit(next);
    bump((n) => n + 1);
  }, [doc, commit]);

  return { apply, undo, redo, canUndo: past.current.length > 0, canRedo: future.current.length > 0 };
}
