import { useMemo, useRef } from 'react';

/**
 * Marks the React Flow wrapper with `fd-moving` while the view pans / zooms or a box is dragged, straight on
 * the DOM (no React render), so edges and handles leave hit testing (every pointer move hit-tested 200 SVG
 * strokes). (A `will-change: transform` layer on the viewport while moving was tried: slower with software
 * raster.)
 */
export function useMovingClass() {
  const ref = useRef<HTMLDivElement | null>(null);
  // two flags, not a counter: an unpaired start or end can never leave the class stuck on
  const on = useRef({ view: false, drag: false });
  return useMemo(() => {
    const set = (what: 'view' | 'drag', value: boolean) => {
      on.current[what] = value;
      ref.current?.classList.toggle('fd-moving', on.current.view || on.current.drag);
    };
    return {
      ref,
      viewStart: () => set('view', true), viewEnd: () => set('view', false),
      dragStart: () => set('drag', true), dragEnd: () => set('drag', false),
    };
  }, []);
}
