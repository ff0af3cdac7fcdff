import {
  Background, Controls, MiniMap, ReactFlow, SelectionMode, useStore, type Connection, type Edge, type NodeTypes,
} from '@xyflow/react';
import { memo, useEffect, useRef, type MutableRefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { FlowNodeView, type CanvasNode } from './flow-node';
import { useCanvasState } from './use-canvas-state';
import { useMovingClass } from './use-moving-class';

const viewTypes: NodeTypes = { flow: FlowNodeView };
const fitViewOptions = { maxZoom: 1 };
const proOptions = { hideAttribution: true };
const deleteKeys = ['Delete', 'Backspace'];
/** Below this zoom 11 px text is under 5 px: boxes skip the details nobody can read (CSS `fd-far`). */
const FAR = 0.4;
const farSelector = (s: { transform: [number, number, number] }) => s.transform[2] < FAR;

export interface FlowCanvasProps {
  canvas: { nodes: CanvasNode[]; edges: Edge[] };
  /** ids to select once they appear (a node just dropped or pasted); read when `canvas` changes */
  selectNext: MutableRefObject<Set<string> | null>;
  onSelection(ids: string[]): void;
  onConnect(c: Connection): void;
  onDragStop(moved: CanvasNode[]): void;
  onDelete(nodes: string[], edges: string[]): void;
  readOnly?: boolean;
}

/**
 * The React Flow pane and its view state. Kept apart from the designer shell on purpose: a drag frame changes
 * only this component's state (positions), so the toolbar, palette and property panel do not re-render 60
 * times a second; the shell hears about a move once (drag stop) and about selection only when it changes.
 */
export const FlowCanvas = memo(function FlowCanvas(props: FlowCanvasProps) {
  const { t } = useTranslation();
  const { canvas, selectNext, onSelection, onConnect, onDragStop, onDelete, readOnly } = props;
  const view = useCanvasState(canvas, selectNext);
  // report selection by value: a drag frame yields a new array with the same ids
  const reported = useRef('');
  useEffect(() => {
    const key = view.selected.join('\n');
    if (key === reported.current) return;
    reported.current = key;
    onSelection(view.selected);
  }, [view.selected, onSelection]);
  const moving = useMovingClass();
  // a boolean: this component re-renders when the zoom crosses FAR, not on every zoom step
  const far = useStore(farSelector);
  const handlers = useRef({ onDragStop, onDelete });
  handlers.current = { onDragStop, onDelete };
  const stable = useRef({
    dragStop: (_: unknown, __: unknown, moved: CanvasNode[]) => { moving.dragEnd(); handlers.current.onDragStop(moved); },
    remove: ({ nodes, edges }: { nodes: CanvasNode[]; edges: Edge[] }) => handlers.current.onDelete(nodes.map((n) => n.id), edges.map((e) => e.id)),
  }).current;
  return (
    <div className={far ? 'fd-flow fd-far' : 'fd-flow'}>
    <ReactFlow
      ref={moving.ref} onMoveStart={moving.viewStart} onMoveEnd={moving.viewEnd} onNodeDragStart={moving.dragStart}
      nodes={view.nodes} edges={view.edges} nodeTypes={viewTypes}
      onNodesChange={view.onNodesChange} onEdgesChange={view.onEdgesChange}
      onConnect={onConnect}
      onNodeDragStop={stable.dragStop}
      onDelete={stable.remove}
      deleteKeyCode={readOnly ? null : deleteKeys}
      nodesDraggable={!readOnly} nodesConnectable={!readOnly}
      selectionMode={SelectionMode.Partial} selectionKeyCode="Shift" multiSelectionKeyCode="Control"
      fitView fitViewOptions={fitViewOptions} minZoom={0.1} maxZoom={2} onlyRenderVisibleElements
      proOptions={proOptions}
    >
      {/* Dots are `zoom` px wide: under FAR (0.4 px) nobody can see them, yet the moving pattern re-rasters the
          whole pane on every pan frame (half the raster time of a 200-node pan). */}
      {!far && <Background />}
      <Controls aria-label={t('flowDesigner.zoom')} />
      <MiniMap pannable zoomable ariaLabel={t('flowDesigner.minimap')} />
    </ReactFlow>
    </div>
  );
});
