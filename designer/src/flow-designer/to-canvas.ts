import { edgeOutcome, type Issue } from '@oms/runtime';
import type { Edge } from '@xyflow/react';
import type { CanvasNode } from './flow-node';
import { issueTarget, outcomesOf, type FlowDoc } from './flow-model';

export interface RunMarks {
  /** node id → outcome it left through ('…' while still waiting there) */
  nodes: Record<string, string>;
  /** edge ids taken */
  edges: Set<string>;
}

/** Group issues by the node / edge they concern. */
export function issuesByElement(doc: FlowDoc, issues: Issue[]) {
  const nodes = new Map<string, string[]>();
  const edges = new Map<string, string[]>();
  for (const i of issues) {
    const t = issueTarget(doc, i.path);
    const into = t.node ? nodes : t.edge ? edges : null;
    const id = t.node ?? t.edge;
    if (into && id) into.set(id, [...(into.get(id) ?? []), i.message]);
  }
  return { nodes, edges };
}

/** The document as React Flow nodes and edges. Positions come from `layout` only. */
export function toCanvas(doc: FlowDoc, issues: Issue[], lang: string, run?: RunMarks, selected?: Set<string>): { nodes: CanvasNode[]; edges: Edge[] } {
  const by = issuesByElement(doc, issues);
  const nodes: CanvasNode[] = doc.nodes.map((n, i) => ({
    id: n.id,
    type: 'flow',
    position: { x: doc.layout?.[n.id]?.x ?? 40 + (i % 5) * 220, y: doc.layout?.[n.id]?.y ?? 40 + Math.floor(i / 5) * 160 },
    selected: selected?.has(n.id) ?? false,
    data: {
      type: n.type,
      label: n.title?.[lang as 'en'] ?? n.title?.en ?? n.id,
      outcomes: outcomesOf(n),
      issues: by.nodes.get(n.id) ?? [],
      ...(run?.nodes[n.id] ? { run: run.nodes[n.id] } : {}),
    },
  }));
  const edges: Edge[] = doc.edges.map((e) => {
    const problems = by.edges.get(e.id);
    const taken = run?.edges.has(e.id);
    return {
      id: e.id,
      source: e.from,
      target: e.to,
      sourceHandle: edgeOutcome(e),
      targetHandle: 'in',
      label: problems ? `⚠ ${edgeOutcome(e)}` : edgeOutcome(e) === 'next' ? undefined : edgeOutcome(e),
      selected: selected?.has(e.id) ?? false,
      animated: taken,
      className: `${problems ? 'fd-edge-error' : ''}${taken ? ' fd-edge-taken' : ''}`,
      ariaLabel: `${e.from} → ${e.to}${problems ? `: ${problems.join('; ')}` : ''}`,
    };
  });
  return { nodes, edges };
}
