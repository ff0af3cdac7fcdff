import { applyEdgeChanges, applyNodeChanges, type Edge, type EdgeChange, type NodeChange } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CanvasNode } from './flow-node';

/**
 * React Flow's view state (positions while dragging, selection, measured sizes) kept locally: a drag frame
 * touches only this, and the document is written once, when the drag ends. Selection lives here only (not
 * fed back through props), so selecting never loops through the document.
 */
export function useCanvasState(fromDoc: { nodes: CanvasNode[]; edges: Edge[] }) {
  const [nodes, setNodes] = useState(fromDoc.nodes);
  const [edges, setEdges] = useState(fromDoc.edges);
  // ids to select once they appear (a node just dropped or pasted)
  const pending = useRef<Set<string> | null>(null);
  useEffect(() => {
    const want = pending.current;
    pending.current = null;
    setNodes((old) => {
      const prev = new Map(old.map((n) => [n.id, n]));
      return fromDoc.nodes.map((n) => {
        const p = prev.get(n.id);
        const selected = want ? want.has(n.id) : (p?.selected ?? false);
        return p ? { ...n, measured: p.measured, selected } : { ...n, selected };
      });
    });
    setEdges((old) => {
      const prev = new Map(old.map((e) => [e.id, e.selected]));
      return fromDoc.edges.map((e) => ({ ...e, selected: want ? want.has(e.id) : (prev.get(e.id) ?? false) }));
    });
  }, [fromDoc]);
  // removals go through the document (one undoable command), never straight into the view
  const onNodesChange = useCallback((c: NodeChange<CanvasNode>[]) => setNodes((n) => applyNodeChanges(c.filter((x) => x.type !== 'remove'), n)), []);
  const onEdgesChange = useCallback((c: EdgeChange[]) => setEdges((e) => applyEdgeChanges(c.filter((x) => x.type !== 'remove'), e)), []);
  const selectNext = useCallback((ids: string[]) => { pending.current = new Set(ids); }, []);
  const selected = useMemo(
    () => [...nodes.filter((n) => n.selected).map((n) => n.id), ...edges.filter((e) => e.selected).map((e) => e.id)],
    [nodes, edges],
  );
  return { nodes, edges, onNodesChange, onEdgesChange, selectNext, selected };
}
