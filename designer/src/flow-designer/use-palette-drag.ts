import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Pointer-driven drag from the palette (not HTML5 drag and drop, which loses the cursor position at some
 * zooms): on release over the canvas the node lands under the cursor via screenToFlowPosition.
 */
export function usePaletteDrag(paneRef: React.RefObject<HTMLElement | null>, drop: (type: string, at: { x: number; y: number }) => void) {
  const { screenToFlowPosition } = useReactFlow();
  const [ghost, setGhost] = useState<{ type: string; x: number; y: number } | null>(null);
  const dragging = useRef<string | null>(null);

  useEffect(() => {
    const move = (e: PointerEvent) => {
      if (dragging.current) setGhost({ type: dragging.current, x: e.clientX, y: e.clientY });
    };
    const up = (e: PointerEvent) => {
      const type = dragging.current;
      dragging.current = null;
      setGhost(null);
      const r = paneRef.current?.getBoundingClientRect();
      if (!type || !r || e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) return;
      const p = screenToFlowPosition({ x: e.clientX, y: e.clientY });
      // the cursor holds the box by its top centre, as the ghost shows it
      drop(type, { x: p.x - 90, y: p.y - 10 });
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    return () => { window.removeEventListener('pointermove', move); window.removeEventListener('pointerup', up); };
  }, [paneRef, drop, screenToFlowPosition]);

  const start = useCallback((type: string, e: React.PointerEvent) => {
    e.preventDefault();
    dragging.current = type;
    setGhost({ type, x: e.clientX, y: e.clientY });
  }, []);

  return { start, ghost };
}
