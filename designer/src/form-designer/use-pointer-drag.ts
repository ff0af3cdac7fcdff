import { useCallback, useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';

/** Pixels the pointer must travel before a press becomes a drag (a click stays a click). */
const THRESHOLD = 4;

export interface DragState<P> {
  payload: P;
  label: string;
  /** `data-drop` value of the drop zone under the pointer. */
  over: string | null;
}

/**
 * A small pointer-events drag: press on a source, move, release over an element carrying `data-drop`.
 * Chosen over HTML5 drag and drop because it behaves the same with mouse, pen and touch, shows our own ghost,
 * and real pointer moves (Playwright `mouse.move` with steps) drive it exactly like a user's hand.
 */
export function usePointerDrag<P>(onDrop: (payload: P, zone: string) => void) {
  const [drag, setDrag] = useState<DragState<P> | null>(null);
  const pending = useRef<{ payload: P; label: string; x0: number; y0: number; active: boolean } | null>(null);
  // The ghost follows the pointer through the DOM: a React state per pointer move would re-render the
  // whole designer on every event; state changes only when the zone under the pointer changes.
  const ghostRef = useRef<HTMLDivElement | null>(null);
  const overRef = useRef<string | null | undefined>(undefined);
  const dropRef = useRef(onDrop);
  dropRef.current = onDrop;

  useEffect(() => {
    const zoneAt = (x: number, y: number) => document.elementFromPoint(x, y)?.closest('[data-drop]')?.getAttribute('data-drop') ?? null;
    const move = (e: PointerEvent) => {
      const p = pending.current;
      if (!p) return;
      if (!p.active && Math.hypot(e.clientX - p.x0, e.clientY - p.y0) < THRESHOLD) return;
      const ghost = ghostRef.current;
      if (ghost) {
        ghost.style.left = `${e.clientX + 12}px`;
        ghost.style.top = `${e.clientY + 8}px`;
      }
      const over = zoneAt(e.clientX, e.clientY);
      if (p.active && over === overRef.current) return;
      p.active = true;
      overRef.current = over;
      setDrag({ payload: p.payload, label: p.label, over });
    };
    const up = (e: PointerEvent) => {
      const p = pending.current;
      pending.current = null;
      overRef.current = undefined;
      if (!p?.active) return;
      setDrag(null);
      // the click that ends a drag must not also select or press what lies under the pointer
      const swallow = (c: MouseEvent) => c.stopPropagation();
      window.addEventListener('click', swallow, { capture: true, once: true });
      setTimeout(() => window.removeEventListener('click', swallow, { capture: true }), 0);
      const zone = zoneAt(e.clientX, e.clientY);
      if (zone) dropRef.current(p.payload, zone);
    };
    const cancel = () => {
      pending.current = null;
      overRef.current = undefined;
      setDrag(null);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', cancel);
    return () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', cancel);
    };
  }, []);

  /** Props for a drag source. */
  const source = useCallback(
    (payload: P, label: string) => ({
      onPointerDown(e: ReactPointerEvent) {
        if (e.button !== 0) return;
        // no text selection while dragging; focus still moves on click
        e.preventDefault();
        pending.current = { payload, label, x0: e.clientX, y0: e.clientY, active: false };
      },
      style: { touchAction: 'none' as const, cursor: 'grab' },
    }),
    [],
  );

  return { drag, source, ghostRef };
}
