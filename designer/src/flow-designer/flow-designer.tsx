import {
  Background, Controls, MiniMap, ReactFlow, ReactFlowProvider, SelectionMode, useReactFlow, type Connection, type Edge, type NodeTypes,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { App, Segmented } from 'antd';
import type { SimulationResult } from '@oms/runtime';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CanvasToolbar } from './canvas-toolbar';
import './flow-designer.css';
import { FlowNodeView, type CanvasNode } from './flow-node';
import { addEdge, addNode, moveNodes, refuseEdge, type FlowDoc } from './flow-model';
import { nodeUi } from './node-ui-registry';
import { Palette } from './palette';
import { PropertyPanel } from './property-panel';
import { runMarks } from './run-marks';
import { TestRunPanel } from './test-run-panel';
import { toCanvas } from './to-canvas';
import { useCanvasCommands } from './use-canvas-commands';
import { useCanvasState } from './use-canvas-state';
import { useFlowIssues } from './use-flow-issues';
import { useHistory } from './use-history';
import { usePaletteDrag } from './use-palette-drag';

const viewTypes: NodeTypes = { flow: FlowNodeView };

export interface FlowDesignerProps {
  doc: FlowDoc;
  onChange(next: FlowDoc): void;
  readOnly?: boolean;
}

/** The canvas shell: wires the document, the history and each interaction's hook together. */
function FlowDesignerInner({ doc, onChange, readOnly }: FlowDesignerProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const history = useHistory(doc, onChange);
  const issues = useFlowIssues(doc, i18n.language);
  const [side, setSide] = useState<'props' | 'run'>('props');
  const [run, setRun] = useState<SimulationResult | null>(null);
  const pane = useRef<HTMLDivElement | null>(null);
  const flow = useReactFlow();

  const marks = useMemo(() => (run ? runMarks(doc, run) : undefined), [doc, run]);
  const canvas = useMemo(() => toCanvas(doc, issues, i18n.language, marks), [doc, issues, i18n.language, marks]);
  const view = useCanvasState(canvas);
  const { selected, selectNext: setSelected } = view;
  const cmds = useCanvasCommands(doc, history.apply, selected, setSelected, history);

  const drop = useCallback((type: string, at: { x: number; y: number }) => {
    if (readOnly) return;
    const r = addNode(doc, type, at, nodeUi(type)?.defaults?.());
    history.apply(r.doc);
    setSelected([r.id]);
  }, [doc, history, readOnly]);
  const paletteDrag = usePaletteDrag(pane, drop);
  const addCentred = useCallback((type: string) => {
    const r = pane.current?.getBoundingClientRect();
    if (r) drop(type, flow.screenToFlowPosition({ x: r.left + r.width / 2, y: r.top + r.height / 2 }));
  }, [drop, flow]);

  const onConnect = useCallback((c: Connection) => {
    if (readOnly) return;
    const outcome = c.sourceHandle ?? 'next';
    const why = refuseEdge(doc, c.source, c.target, outcome);
    if (why) {
      void message.warning({ content: t(`flowDesigner.refused.${why}`, { outcome }), key: 'edge-refused' });
      return;
    }
    history.apply(addEdge(doc, c.source, c.target, outcome));
  }, [doc, history, message, t, readOnly]);

  const onDragStop = useCallback((_: unknown, __: unknown, moved: CanvasNode[]) => {
    history.apply(moveNodes(doc, Object.fromEntries(moved.map((n) => [n.id, n.position]))));
  }, [doc, history]);
  const { remove } = cmds;
  const onDelete = useCallback(({ nodes, edges }: { nodes: CanvasNode[]; edges: Edge[] }) => {
    remove(nodes.map((n) => n.id), edges.map((e) => e.id));
  }, [remove]);

  const errors = issues.filter((i) => i.severity !== 'warning').length;
  const selectedNode = selected.length === 1 ? doc.nodes.find((n) => n.id === selected[0]) : undefined;

  return (
    <div className="fd-root" data-testid="flow-designer" onKeyDown={cmds.onKeyDown}>
      <CanvasToolbar
        errors={errors} warnings={issues.length - errors} canUndo={history.canUndo} canRedo={history.canRedo} layingOut={cmds.layingOut}
        onUndo={history.undo} onRedo={history.redo} onLayout={() => void cmds.layout()} onCopy={cmds.copy} onPaste={cmds.paste} onDelete={cmds.deleteSelected}
      />
      <div className="fd-body">
        <Palette onPointerDown={paletteDrag.start} onAdd={addCentred} />
        <div className="fd-canvas" ref={pane} data-testid="flow-canvas">
          <ReactFlow
            nodes={view.nodes} edges={view.edges} nodeTypes={viewTypes}
            onNodesChange={view.onNodesChange} onEdgesChange={view.onEdgesChange}
            onConnect={onConnect}
            onNodeDragStop={onDragStop}
            onDelete={onDelete}
            deleteKeyCode={readOnly ? null : ['Delete', 'Backspace']}
            nodesDraggable={!readOnly} nodesConnectable={!readOnly}
            selectionMode={SelectionMode.Partial} selectionKeyCode="Shift" multiSelectionKeyCode="Control"
            fitView fitViewOptions={{ maxZoom: 1 }} minZoom={0.1} maxZoom={2} onlyRenderVisibleElements
            proOptions={{ hideAttribution: true }}
          >
            <Background />
            <Controls aria-label={t('flowDesigner.zoom')} />
            <MiniMap pannable zoomable ariaLabel={t('flowDesigner.minimap')} />
          </ReactFlow>
          {paletteDrag.ghost && (
            <div className="fd-ghost" style={{ left: paletteDrag.ghost.x - 90, top: paletteDrag.ghost.y - 10 }}>{paletteDrag.ghost.type}</div>
          )}
        </div>
        <div className="fd-side">
          <Segmented
            value={side} onChange={(v) => setSide(v as 'props' | 'run')} data-testid="flow-side-switch"
            options={[{ value: 'props', label: t('flowDesigner.properties') }, { value: 'run', label: <span data-testid="open-test-run">{t('flowDesigner.testRun.title')}</span> }]}
          />
          {side === 'props'
            ? <PropertyPanel node={selectedNode} onChange={(n, field) => history.apply({ ...doc, nodes: doc.nodes.map((x) => (x.id === n.id ? n : x)) }, field && `${n.id}:${field}`)} />
            : <TestRunPanel doc={doc} onResult={setRun} />}
        </div>
      </div>
    </div>
  );
}

export default function FlowDesigner(props: FlowDesignerProps) {
  return (
    <ReactFlowProvider>
      <FlowDesignerInner {...props} />
    </ReactFlowProvider>
  );
}
