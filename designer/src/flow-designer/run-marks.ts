import { edgeOutcome, type SimulationResult } from '@oms/runtime';
import type { FlowDoc } from './flow-model';
import type { RunMarks } from './to-canvas';

/** The path a test run took: each node's outcome, and the edges it left through. */
export function runMarks(doc: FlowDoc, run: SimulationResult): RunMarks {
  const nodes: Record<string, string> = {};
  const edges = new Set<string>();
  for (const step of run.path) {
    nodes[step.node] = step.outcome ?? nodes[step.node] ?? '…';
    if (step.outcome) {
      const e = doc.edges.find((x) => x.from === step.node && edgeOutcome(x) === step.outcome);
      if (e) edges.add(e.id);
    }
  }
  return { nodes, edges };
}
