import type { FlowIndex } from './graph.js';
import type { NodeTypeRegistry } from './node-type.js';

/** Node ids reachable from `from` (inclusive) following edges. */
export function reachable(idx: FlowIndex, from: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...from];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id) || !idx.nodes.has(id)) continue;
    seen.add(id);
    for (const e of idx.out.get(id) ?? []) stack.push(e.to);
  }
  return seen;
}

/** Joins where every branch of a split meets (any of them pairs the split). */
export function joinsOfSplit(idx: FlowIndex, types: NodeTypeRegistry, splitId: string): string[] {
  const branches = (idx.out.get(splitId) ?? []).map((e) => reachable(idx, [e.to]));
  if (branches.length === 0) return [];
  return [...branches[0]].filter((id) => types.get(idx.nodes.get(id)!.type)?.join && branches.every((b) => b.has(id)));
}

/**
 * Cycles that pass through no waiting node (approval, wait): the graph without waiting nodes must be
 * acyclic. Tarjan's SCC; returns each offending component's node ids.
 */
export function loopsWithoutWait(idx: FlowIndex, types: NodeTypeRegistry): string[][] {
  const live = [...idx.nodes.values()].filter((n) => !types.get(n.type)?.waits).map((n) => n.id);
  const liveSet = new Set(live);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const found: string[][] = [];
  let counter = 0;
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const e of idx.out.get(v) ?? []) {
      if (!liveSet.has(e.to)) continue;
      if (!index.has(e.to)) {
        visit(e.to);
        low.set(v, Math.min(low.get(v)!, low.get(e.to)!));
      } else if (onStack.has(e.to)) low.set(v, Math.min(low.get(v)!, index.get(e.to)!));
    }
    if (low.get(v) === index.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        comp.push(w);
      } while (w !== v);
      const selfLoop = comp.length === 1 && (idx.out.get(v) ?? []).some((e) => e.to === v);
      if (comp.length > 1 || selfLoop) found.push(comp.reverse());
    }
  };
  for (const v of live) if (!index.has(v)) visit(v);
  return found;
}
