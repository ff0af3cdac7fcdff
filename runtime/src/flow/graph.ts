import type { FlowDefinition, FlowEdge, FlowNode } from './types.js';

/** Lookup tables for one definition, built once per definition object (definitions are immutable once published). */
export interface FlowIndex {
  nodes: Map<string, FlowNode>;
  out: Map<string, FlowEdge[]>;
  incoming: Map<string, FlowEdge[]>;
  starts: FlowNode[];
}

const cache = new WeakMap<FlowDefinition, FlowIndex>();

export function indexFlow(def: FlowDefinition): FlowIndex {
  let idx = cache.get(def);
  if (idx) return idx;
  const nodes = new Map<string, FlowNode>();
  const out = new Map<string, FlowEdge[]>();
  const incoming = new Map<string, FlowEdge[]>();
  for (const n of def.nodes) {
    nodes.set(n.id, n);
    out.set(n.id, []);
    incoming.set(n.id, []);
  }
  for (const e of def.edges) {
    out.get(e.from)?.push(e);
    incoming.get(e.to)?.push(e);
  }
  idx = { nodes, out, incoming, starts: def.nodes.filter((n) => n.type === 'start') };
  cache.set(def, idx);
  return idx;
}

/** Outcome an edge carries; single-exit nodes use `next`. */
export function edgeOutcome(e: FlowEdge): string {
  return e.outcome ?? 'next';
}
