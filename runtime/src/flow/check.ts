import type { Issue } from '../core/issue.js';
import { pointer } from '../core/issue.js';
import { makeIssue } from '../core/messages.js';
import type { CheckContext } from '../definitions/kind-spec.js';
import { joinsOfSplit, loopsWithoutWait, reachable } from './check-graph.js';
import { edgeOutcome, indexFlow } from './graph.js';
import './messages.js';
import type { NodeTypeRegistry } from './node-type.js';
import type { FlowDefinition } from './types.js';

/** Semantic checks of a schema-valid flow: wiring, reachability, parallel pairs, loops, rules, durations. */
export function checkFlow(def: FlowDefinition, ctx: CheckContext, types: NodeTypeRegistry): Issue[] {
  const issues: Issue[] = [];
  // Node types get `issue` to report their own config problems the same way.
  const issue = (path: string, code: string, params?: Record<string, unknown>): Issue => makeIssue(code, path, ctx.locale, params);
  const add = (path: string, code: string, params?: Record<string, unknown>) => issues.push(issue(path, code, params));

  const nodeAt = new Map<string, number>();
  def.nodes.forEach((n, i) => (nodeAt.has(n.id) ? add(pointer('nodes', i, 'id'), 'flow.duplicate-node-id', { id: n.id }) : nodeAt.set(n.id, i)));
  const edgeIds = new Set<string>();
  def.edges.forEach((e, i) => {
    if (edgeIds.has(e.id)) add(pointer('edges', i, 'id'), 'flow.duplicate-edge-id', { id: e.id });
    edgeIds.add(e.id);
    if (!nodeAt.has(e.from)) add(pointer('edges', i, 'from'), 'flow.edge-unknown-node', { node: e.from });
    if (!nodeAt.has(e.to)) add(pointer('edges', i, 'to'), 'flow.edge-unknown-node', { node: e.to });
  });

  const idx = indexFlow(def);
  const starts = def.nodes.map((n, i) => [n, i] as const).filter(([n]) => n.type === 'start');
  if (starts.length === 0) add('/nodes', 'flow.start-count', { count: 0 });
  for (const [, i] of starts.slice(1)) add(pointer('nodes', i), 'flow.start-count', { count: starts.length });

  // edges: outcome known for the source node, one edge per outcome
  const used = new Map<string, Set<string>>();
  def.edges.forEach((e, i) => {
    const from = idx.nodes.get(e.from);
    const type = from && types.get(from.type);
    if (!from || !type) return;
    if (type.terminal) return add(pointer('edges', i), 'flow.end-has-outgoing', { id: from.id });
    if (type.fanOut) {
      if (e.outcome !== undefined) add(pointer('edges', i, 'outcome'), 'flow.unknown-outcome', { id: from.id, outcome: e.outcome, allowed: '-' });
      return;
    }
    const allowed = type.outcomes(from.config).map((o) => o.key);
    const o = edgeOutcome(e);
    if (!allowed.includes(o)) add(pointer('edges', i, ...(e.outcome === undefined ? [] : ['outcome'])), 'flow.unknown-outcome', { id: from.id, outcome: o, allowed: allowed.join(', ') });
    const seen = used.get(from.id) ?? new Set<string>();
    if (seen.has(o)) add(pointer('edges', i, 'outcome'), 'flow.duplicate-outcome', { outcome: o });
    seen.add(o);
    used.set(from.id, seen);
  });

  const reach = reachable(idx, starts.length ? [starts[0][0].id] : []);
  def.nodes.forEach((n, i) => {
    const type = types.get(n.type);
    if (!type || nodeAt.get(n.id) !== i) return;
    const path = pointer('nodes', i);
    const outs = idx.out.get(n.id) ?? [];
    const ins = idx.incoming.get(n.id) ?? [];
    if (n.type === 'start' && ins.length) add(path, 'flow.start-has-incoming');
    if (starts.length && n.type !== 'start' && !reach.has(n.id)) add(path, 'flow.unreachable-node', { id: n.id });
    if (type.fanOut) {
      if (outs.length < 2) add(path, 'flow.split-needs-branches', { id: n.id });
      else if (joinsOfSplit(idx, types, n.id).length === 0) add(path, 'flow.split-without-join', { id: n.id });
    } else {
      for (const o of type.outcomes(n.config)) {
        if (o.optional || outs.some((e) => edgeOutcome(e) === o.key)) continue;
        if (n.type === 'decision' && o.key === 'default') add(path, 'flow.decision-no-default', { id: n.id });
        else add(path, 'flow.outcome-not-wired', { id: n.id, outcome: o.key });
      }
    }
    if (type.join && ins.length < 2) add(path, 'flow.join-single-input', { id: n.id });
    if (type.check) issues.push(...type.check(n, { locale: ctx.locale, rules: ctx.rules, path, issue }));
  });

  for (const loop of loopsWithoutWait(idx, types)) add(pointer('nodes', nodeAt.get(loop[0])!), 'flow.loop-without-wait', { nodes: loop.join(' → ') });
  for (const id of Object.keys(def.layout ?? {})) if (!nodeAt.has(id)) add(pointer('layout', id), 'flow.layout-unknown-node', { id });
  return issues;
}
