import type { DragState } from './use-pointer-drag';

/** What follows the pointer while dragging. */
export function DragGhost<P>({ drag }: { drag: DragState<P> | null }) {
  if (!drag) return null;
  return <div className="fd-ghost" style={{ left: drag.x + 12, top: drag.y + 8 }} aria-hidden>{drag.label}</div>;
}
