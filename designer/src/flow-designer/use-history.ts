import { useCallback, useRef, useState } from 'react';
import type { FlowDoc } from './flow-model';

const LIMIT = 200;

/**
 * A command stack over whole documents: every edit (drop, wire, drag end, property edit, auto-layout) is one
 * entry, so undo is always exactly one analyst step. Documents are immutable, so an entry costs one reference.
 */
export function useHistory(doc: FlowDoc | null, commit: (next: FlowDoc) => void) {
  const past = useRef<FlowDoc[]>([]);
  const future = useRef<FlowDoc[]>([]);
  const [, bump] = useState(0);

  // typing into one property field is one step, not one per keystroke
  const lastKey = useRef<string | null>(null);

  const apply = useCallback((next: FlowDoc, coalesce?: string) => {
    if (!doc || next === doc) return;
    const merge = coalesce !== undefined && coalesce === lastKey.current && past.current.length > 0;
    lastKey.current = coalesce ?? null;
    if (!merge) past.current = [...past.current.slice(-LIMIT + 1), doc];
    future.current = [];
    commit(next);
    bump((n) => n + 1);
  }, [doc, commit]);

  const undo = useCallback(() => {
    const prev = past.current.at(-1);
    if (!prev || !doc) return;
    lastKey.current = null;
    past.current = past.current.slice(0, -1);
    future.current = [doc, ...future.current];
    commit(prev);
    bump((n) => n + 1);
  }, [doc, commit]);

  const redo = useCallback(() => {
    const next = future.current[0];
    if (!next || !doc) return;
    lastKey.current = null;
    future.current = future.current.slice(1);
    past.current = [...past.current, doc];
    commit(next);
    bump((n) => n + 1);
  }, [doc, commit]);

  return { apply, undo, redo, canUndo: past.current.length > 0, canRedo: future.current.length > 0 };
}
