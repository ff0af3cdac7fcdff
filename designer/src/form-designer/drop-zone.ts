import type { DropTarget } from './model';

/** `data-drop` values of the canvas: `slot:s:r:c` (before column c of a row) and `row:s:r` (a new row at r). */
export const slotZone = (s: number, r: number, c: number) => `slot:${s}:${r}:${c}`;
export const rowZone = (s: number, r: number) => `row:${s}:${r}`;

export function parseZone(zone: string): DropTarget | null {
  const [kind, ...nums] = zone.split(':');
  const n = nums.map(Number);
  if (n.some((x) => !Number.isInteger(x) || x < 0)) return null;
  if (kind === 'slot' && n.length === 3) return { section: n[0], row: n[1], col: n[2] };
  if (kind === 'row' && n.length === 2) return { section: n[0], row: n[1], newRow: true };
  return null;
}
