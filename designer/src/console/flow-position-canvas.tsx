import { Background, ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useTranslation } from 'react-i18next';
import type { FlowGraph } from './console-api';

/** The pinned flow version drawn read-only; nodes holding a token are highlighted. Lazy chunk (xyflow). */
export default function FlowPositionCanvas({ graph, active }: { graph: FlowGraph; active: string[] }) {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const nodes: Node[] = graph.nodes.map((n, i) => {
    const box = graph.layout[n.id] ?? { x: (i % 4) * 200, y: Math.floor(i / 4) * 110 };
    const on = active.includes(n.id);
    return {
      id: n.id,
      position: { x: box.x, y: box.y },
      data: { label: n.title?.[lang] ?? n.title?.en ?? n.id },
      draggable: false,
      connectable: false,
      style: { border: on ? '3px solid #1677ff' : '1px solid #8c8c8c', background: on ? '#e6f4ff' : '#fff', color: '#1f1f1f' },
      className: on ? 'flow-node-active' : undefined,
    };
  });
  const edges: Edge[] = graph.edges.map((e) => ({ id: e.id, source: e.from, target: e.to, label: e.outcome }));
  return (
    <div style={{ height: 320, border: '1px solid #f0f0f0' }} data-testid="flow-canvas">
      <ReactFlow nodes={nodes} edges={edges} fitView nodesDraggable={false} nodesConnectable={false} elementsSelectable={false} proOptions={{ hideAttribution: true }}>
        <Background />
      </ReactFlow>
    </div>
  );
}
