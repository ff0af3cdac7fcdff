import { applyEdgeChanges, applyNodeChanges, type Edge, type EdgeChange, type NodeChange } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import type { CanvasNode } from './flow-node';

/**
 * React Flow's view state (positions while dragging, selection, measured sizes) kept locally: a drag frame
 * touches only this, and the document is written once, when the drag ends.
 */
export function useCanvasState(fromDoc: { nodes: CanvasNode[]; edges: Edge[] }) {
  const [nodes, setNodes] = useState(fromDoc.nodes);
  const [edges, setEdges] = useState(fromDoc.edges);
  useEffect(() => {
    // keep React Flow's measurements of nodes that still exist, so handles do not jump on every edit
    setNodes((old) => {
      const prev = new Map(old.map((n) => [n.id, n]));
      return fromDoc.nodes.map((n) => {
        const p = prev.get(n.id);
        return p ? { ...n, measured: p.measured, width: p.width, height: p.height } : n;
      });
    });
    setEdges(fromDoc.edges);
  }, [fromDoc]);
  // removals go through the document (one undoable command), never straight into the view
  const onNodesChange = useCallback((c: NodeChange<CanvasNode>[]) => setNodes((n) => applyNodeChanges(c.filter((x) => x.type !== 'remove'), n)), []);
  const onEdgesChange = useCallback((c: EdgeChange[]) => setEdges((e) => applyEdgeChanges(c.filter((x) => x.type !== 'remove'), e)), []);
  return { nodes, edges, onNodesChange, onEdgesChange };
}
