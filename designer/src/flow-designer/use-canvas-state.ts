import { applyEdgeChanges, applyNodeChanges, type Edge, type EdgeChange, type NodeChange } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState, type MutableRefObject } from 'react';
import type { CanvasNode } from './flow-node';
import { mergeEdges, mergeNodes } from './merge-view';

/**
 * React Flow's view state (positions while dragging, selection, measured sizes) kept locally: a drag frame
 * touches only this, and the document is written once, when the drag ends. Selection lives here only (not
 * fed back through props), so selecting never loops through the document. `pending` holds ids to select once
 * they appear (a node just dropped or pasted).
 */
export function useCanvasState(fromDoc: { nodes: CanvasNode[]; edges: Edge[] }, pending: MutableRefObject<Set<string> | null>) {
  const [nodes, setNodes] = useState(fromDoc.nodes);
  const [edges, setEdges] = useState(fromDoc.edges);
  useEffect(() => {
    const want = pending.current;
    pending.current = null;
    setNodes((old) => mergeNodes(old, fromDoc.nodes, want));
    setEdges((old) => mergeEdges(old, fromDoc.edges, want));
  }, [fromDoc, pending]);
  // removals go through the document (one undoable command), never straight into the view
  const onNodesChange = useCallback((c: NodeChange<CanvasNode>[]) => setNodes((n) => applyNodeChanges(c.filter((x) => x.type !== 'remove'), n)), []);
  const onEdgesChange = useCallback((c: EdgeChange[]) => setEdges((e) => applyEdgeChanges(c.filter((x) => x.type !== 'remove'), e)), []);
  const selected = useMemo(
    () => [...nodes.filter((n) => n.selected).map((n) => n.id), ...edges.filter((e) => e.selected).map((e) => e.id)],
    [nodes, edges],
  );
  return { nodes, edges, onNodesChange, onEdgesChange, selected };
}
