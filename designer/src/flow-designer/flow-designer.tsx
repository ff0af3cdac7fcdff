import { ReactFlowProvider, useReactFlow, type Connection } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { App, Segmented } from 'antd';
import type { SimulationResult } from '@oms/runtime';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CanvasToolbar } from './canvas-toolbar';
import './flow-designer.css';
import { FlowCanvas } from './flow-canvas';
import type { CanvasNode } from './flow-node';
import { addEdge, addNode, moveNodes, refuseEdge, type FlowDoc } from './flow-model';
import { nodeUi } from './node-ui-registry';
import { Palette } from './palette';
import { PropertyPanel } from './property-panel';
import { runMarks } from './run-marks';
import { TestRunPanel } from './test-run-panel';
import { toCanvas } from './to-canvas';
import { useCanvasCommands } from './use-canvas-commands';
import { useFlowIssues } from './use-flow-issues';
import { useDocHistory } from '../components/use-doc-history';
import { usePaletteDrag } from './use-palette-drag';
import { FlowFormCache, useFormLookupCache } from './decision/use-flow-form';

export interface FlowDesignerProps {
  doc: FlowDoc;
  onChange(next: FlowDoc): void;
  readOnly?: boolean;
}

/** The canvas shell: wires the document, the history and each interaction's hook together. */
function FlowDesignerInner({ doc, onChange, readOnly }: FlowDesignerProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const history = useDocHistory<FlowDoc>(doc, onChange);
  const issues = useFlowIssues(doc, i18n.language);
  const [side, setSide] = useState<'props' | 'run'>('props');
  const [run, setRun] = useState<SimulationResult | null>(null);
  const pane = useRef<HTMLDivElement | null>(null);
  const flow = useReactFlow();

  const marks = useMemo(() => (run ? runMarks(doc, run) : undefined), [doc, run]);
  const canvas = useMemo(() => toCanvas(doc, issues, i18n.language, marks), [doc, issues, i18n.language, marks]);
  // selection as the canvas reports it (by value, only when it changes) and the ids to select next
  const [selected, setSelectedNow] = useState<string[]>([]);
  const pending = useRef<Set<string> | null>(null);
  const setSelected = useCallback((ids: string[]) => { pending.current = new Set(ids); }, []);
  const cmds = useCanvasCommands(doc, history.apply, selected, setSelected, history);

  const drop = useCallback((type: string, at: { x: number; y: number }) => {
    if (readOnly) return;
    const r = addNode(doc, type, at, nodeUi(type)?.defaults?.());
    history.apply(r.doc);
    setSelected([r.id]);
  }, [doc, history, readOnly, setSelected]);
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

  const onDragStop = useCallback((moved: CanvasNode[]) => {
    history.apply(moveNodes(doc, Object.fromEntries(moved.map((n) => [n.id, n.position]))));
  }, [doc, history]);
  const { remove } = cmds;

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
          <FlowCanvas
            canvas={canvas} selectNext={pending} onSelection={setSelectedNow}
            onConnect={onConnect} onDragStop={onDragStop} onDelete={remove} readOnly={readOnly}
          />
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
            ? <PropertyPanel node={selectedNode} flow={doc} onChange={(n, field) => history.apply({ ...doc, nodes: doc.nodes.map((x) => (x.id === n.id ? n : x)) }, field && `${n.id}:${field}`)} />
            : <TestRunPanel doc={doc} onResult={setRun} />}
        </div>
      </div>
    </div>
  );
}

export default function FlowDesigner(props: FlowDesignerProps) {
  const forms = useFormLookupCache();
  return (
    <ReactFlowProvider>
      <FlowFormCache.Provider value={forms}>
        <FlowDesignerInner {...props} />
      </FlowFormCache.Provider>
    </ReactFlowProvider>
  );
}
