import { useMemo, useRef } from 'react';

/**
 * Marks the React Flow wrapper with `fd-moving` while the view pans / zooms or a box is dragged, straight on
 * the DOM (no React render), so edges and handles leave hit testing (every pointer move hit-tested 200 SVG
 * strokes). While the view itself moves it also carries `fd-view-moving`: the viewport becomes its own
 * compositor layer for that gesture, so a pan frame moves rastered pixels instead of re-rastering every box
 * and edge (with software raster, a third of a 200-node pan frame's CPU). Only for the gesture: Chromium may
 * keep a will-change layer at the raster scale it was promoted at (blurry text after a zoom); dropping it at
 * the end repaints at the new zoom.
 */
export function useMovingClass() {
  const ref = useRef<HTMLDivElement | null>(null);
  // two flags, not a counter: an unpaired start or end can never leave the class stuck on
  const on = useRef({ view: false, drag: false });
  return useMemo(() => {
    const set = (what: 'view' | 'drag', value: boolean) => {
      on.current[what] = value;
      ref.current?.classList.toggle('fd-moving', on.current.view || on.current.drag);
      ref.current?.classList.toggle('fd-view-moving', on.current.view);
    };
    return {
      ref,
      viewStart: () => set('view', true), viewEnd: () => set('view', false),
      dragStart: () => set('drag', true), dragEnd: () => set('drag', false),
    };
  }, []);
}
