import type { Edge } from '@xyflow/react';
import type { CanvasNode, FlowNodeData } from './flow-node';

const samePlace = (a: CanvasNode, b: CanvasNode) => a.position.x === b.position.x && a.position.y === b.position.y;
const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const sameData = (a: FlowNodeData, b: FlowNodeData) =>
  a.type === b.type && a.label === b.label && a.run === b.run && sameList(a.outcomes, b.outcomes) && sameList(a.issues, b.issues);
const edgeKeys = ['source', 'target', 'sourceHandle', 'targetHandle', 'label', 'animated', 'className', 'ariaLabel'] as const;
const sameEdge = (a: Edge, b: Edge) => edgeKeys.every((k) => a[k] === b[k]);

/**
 * The canvas's next nodes from the document's: a box that did not change keeps its very object (so React
 * Flow does not re-render it: a drag stop re-renders the moved box only), the rest take the new one with the
 * size React Flow measured. Selection is kept, or set to `want` (ids just dropped or pasted).
 */
export function mergeNodes(old: CanvasNode[], next: CanvasNode[], want: Set<string> | null): CanvasNode[] {
  const prev = new Map(old.map((n) => [n.id, n]));
  return next.map((n) => {
    const p = prev.get(n.id);
    const selected = want ? want.has(n.id) : (p?.selected ?? false);
    if (!p) return { ...n, selected };
    if (p.selected === selected && samePlace(p, n) && sameData(p.data, n.data)) return p;
    return { ...n, measured: p.measured, selected };
  });
}

/** The same for edges. */
export function mergeEdges(old: Edge[], next: Edge[], want: Set<string> | null): Edge[] {
  const prev = new Map(old.map((e) => [e.id, e]));
  return next.map((e) => {
    const p = prev.get(e.id);
    const selected = want ? want.has(e.id) : (p?.selected ?? false);
    return p && p.selected === selected && sameEdge(p, e) ? p : { ...e, selected };
  });
}
