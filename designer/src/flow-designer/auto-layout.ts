import { edgeOutcome } from '@oms/runtime';
import type { FlowDoc } from './flow-model';

/** Layered top-down layout by elkjs, loaded only when asked for. Returns positions for `layout`. */
export async function autoLayout(doc: FlowDoc): Promise<Record<string, { x: number; y: number }>> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const graph = await elk.layout({
    id: 'root',
    layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'DOWN', 'elk.spacing.nodeNode': '60', 'elk.layered.spacing.nodeNodeBetweenLayers': '80' },
    children: doc.nodes.map((n) => ({ id: n.id, width: 180, height: 70 })),
    edges: doc.edges
      .filter((e) => doc.nodes.some((n) => n.id === e.from) && doc.nodes.some((n) => n.id === e.to))
      .map((e) => ({ id: `${e.id}:${edgeOutcome(e)}`, sources: [e.from], targets: [e.to] })),
  });
  const out: Record<string, { x: number; y: number }> = {};
  for (const c of graph.children ?? []) out[c.id] = { x: c.x ?? 0, y: c.y ?? 0 };
  return out;
}
