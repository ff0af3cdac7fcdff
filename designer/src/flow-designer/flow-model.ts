import { defaultNodeTypes, edgeOutcome, type FlowDefinition, type FlowEdge, type FlowNode } from '@oms/runtime';

/** The runtime's node types: the canvas offers exactly these, and asks them for their outcomes. */
export const nodeTypes = defaultNodeTypes();

export type FlowDoc = FlowDefinition;

/** A flow body as the canvas needs it: missing arrays become empty, nothing else is touched. */
export function asFlow(value: unknown): FlowDoc | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const v = value as Partial<FlowDoc>;
  return { ...(v as FlowDoc), nodes: Array.isArray(v.nodes) ? v.nodes : [], edges: Array.isArray(v.edges) ? v.edges : [] };
}

/** Outcome keys of one node; single-exit nodes have `next`, parallel splits a plain `next` too. */
export function outcomesOf(node: FlowNode): string[] {
  const type = nodeTypes.get(node.type);
  if (!type) return ['next'];
  if (type.fanOut) return ['next'];
  return type.outcomes(node.config as never).map((o) => o.key);
}

export type ConnectRefusal = 'into-start' | 'out-of-end' | 'outcome-wired' | 'self-loop' | 'unknown-node';

/** Why an edge makes no sense, or null when it may be drawn. */
export function refuseEdge(doc: FlowDoc, from: string, to: string, outcome: string): ConnectRefusal | null {
  const a = doc.nodes.find((n) => n.id === from);
  const b = doc.nodes.find((n) => n.id === to);
  if (!a || !b) return 'unknown-node';
  if (from === to) return 'self-loop';
  if (b.type === 'start') return 'into-start';
  if (nodeTypes.get(a.type)?.terminal) return 'out-of-end';
  const fanOut = nodeTypes.get(a.type)?.fanOut === true;
  if (!fanOut && doc.edges.some((e) => e.from === from && edgeOutcome(e) === outcome)) return 'outcome-wired';
  return null;
}

function freshId(taken: Set<string>, base: string): string {
  let i = 1;
  while (taken.has(`${base}-${i}`)) i++;
  return `${base}-${i}`;
}

export function addEdge(doc: FlowDoc, from: string, to: string, outcome: string): FlowDoc {
  const id = freshId(new Set(doc.edges.map((e) => e.id)), 'e');
  const edge: FlowEdge = outcome === 'next' ? { id, from, to } : { id, from, to, outcome };
  return { ...doc, edges: [...doc.edges, edge] };
}

export function addNode(doc: FlowDoc, type: string, at: { x: number; y: number }, config?: Record<string, unknown>): { doc: FlowDoc; id: string } {
  const id = freshId(new Set(doc.nodes.map((n) => n.id)), type);
  const node: FlowNode = config ? { id, type, config } : { id, type };
  return { id, doc: { ...doc, nodes: [...doc.nodes, node], layout: { ...doc.layout, [id]: { x: Math.round(at.x), y: Math.round(at.y) } } } };
}

/** Moving boxes changes only `layout`. */
export function moveNodes(doc: FlowDoc, moves: Record<string, { x: number; y: number }>): FlowDoc {
  const layout = { ...doc.layout };
  for (const [id, p] of Object.entries(moves)) layout[id] = { ...layout[id], x: Math.round(p.x), y: Math.round(p.y) };
  return { ...doc, layout };
}

export function removeElements(doc: FlowDoc, nodeIds: string[], edgeIds: string[]): FlowDoc {
  const nodes = new Set(nodeIds);
  const edges = new Set(edgeIds);
  const layout = { ...doc.layout };
  for (const id of nodes) delete layout[id];
  return {
    ...doc,
    nodes: doc.nodes.filter((n) => !nodes.has(n.id)),
    edges: doc.edges.filter((e) => !edges.has(e.id) && !nodes.has(e.from) && !nodes.has(e.to)),
    layout,
  };
}

export function updateNode(doc: FlowDoc, id: string, patch: (n: FlowNode) => FlowNode): FlowDoc {
  return { ...doc, nodes: doc.nodes.map((n) => (n.id === id ? patch(n) : n)) };
}

/** The clipboard's content: selected nodes and the edges between them. */
export interface FlowFragment {
  nodes: FlowNode[];
  edges: FlowEdge[];
  layout: Record<string, { x: number; y: number }>;
}

export function copyFragment(doc: FlowDoc, ids: string[]): FlowFragment {
  const set = new Set(ids);
  const layout: FlowFragment['layout'] = {};
  for (const id of ids) layout[id] = { x: doc.layout?.[id]?.x ?? 0, y: doc.layout?.[id]?.y ?? 0 };
  return {
    nodes: doc.nodes.filter((n) => set.has(n.id)),
    edges: doc.edges.filter((e) => set.has(e.from) && set.has(e.to)),
    layout,
  };
}

/** Paste with new ids (nodes and edges), internal edges kept, offset so the copy does not hide the original. */
export function pasteFragment(doc: FlowDoc, frag: FlowFragment, offset = 40): { doc: FlowDoc; ids: string[] } {
  const nodeIds = new Set(doc.nodes.map((n) => n.id));
  const edgeIds = new Set(doc.edges.map((e) => e.id));
  const map = new Map<string, string>();
  const layout = { ...doc.layout };
  const nodes = frag.nodes.map((n) => {
    const id = freshId(nodeIds, n.type);
    nodeIds.add(id);
    map.set(n.id, id);
    const p = frag.layout[n.id] ?? { x: 0, y: 0 };
    layout[id] = { x: p.x + offset, y: p.y + offset };
    return { ...structuredClone(n), id };
  });
  const edges = frag.edges.map((e) => {
    const id = freshId(edgeIds, 'e');
    edgeIds.add(id);
    return { ...e, id, from: map.get(e.from)!, to: map.get(e.to)! };
  });
  return { ids: [...map.values()], doc: { ...doc, nodes: [...doc.nodes, ...nodes], edges: [...doc.edges, ...edges], layout } };
}

/** Which node or edge an issue's JSON Pointer concerns (`/nodes/3/config/...` → the node's id). */
export function issueTarget(doc: FlowDoc, path: string): { node?: string; edge?: string } {
  const m = /^\/(nodes|edges)\/(\d+)/.exec(path);
  if (!m) return {};
  const i = Number(m[2]);
  return m[1] === 'nodes' ? { node: doc.nodes[i]?.id } : { edge: doc.edges[i]?.id };
}
