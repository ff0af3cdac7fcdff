import type { RefObject } from 'react';
import type { DragState } from './use-pointer-drag';

/** What follows the pointer while dragging (positioned by the drag hook, outside React renders). */
export function DragGhost<P>({ drag, ghostRef }: { drag: DragState<P> | null; ghostRef: RefObject<HTMLDivElement | null> }) {
  return <div ref={ghostRef} className="fd-ghost" style={{ display: drag ? 'block' : 'none' }} aria-hidden>{drag?.label}</div>;
}
