import { validateDefinition } from '@oms/runtime';
import { describe, expect, it } from 'vitest';
import {
  addEdge, addNode, copyFragment, issueTarget, moveNodes, outcomesOf, pasteFragment, refuseEdge, removeElements, type FlowDoc,
} from '../../../../designer/src/flow-designer/flow-model';

const base: FlowDoc = {
  kind: 'flow', key: 'f', title: { en: 'F' },
  nodes: [
    { id: 'start', type: 'start' },
    { id: 'check', type: 'decision', config: { branches: [{ outcome: 'high', when: { '>': [{ var: 'order.totals.total' }, 10000] } }] } },
    { id: 'ok', type: 'approval', config: { assignees: [{ role: 'approver' }] } },
    { id: 'end', type: 'end' },
  ],
  edges: [{ id: 'e1', from: 'start', to: 'check' }, { id: 'e2', from: 'check', to: 'ok', outcome: 'high' }],
  layout: { start: { x: 0, y: 0 }, check: { x: 0, y: 100 } },
};

describe('flow model', () => {
  it('offers one outcome per runtime outcome', () => {
    expect(outcomesOf(base.nodes[1])).toEqual(['high', 'default']);
    expect(outcomesOf(base.nodes[2])).toEqual(['approved', 'rejected', 'returned']);
    expect(outcomesOf(base.nodes[3])).toEqual([]);
    expect(outcomesOf({ id: 'w', type: 'wait', config: { event: 'x', timeout: 'P1D' } })).toEqual(['received', 'timeout']);
  });

  it.each([
    ['check', 'start', 'default', 'into-start'],
    ['end', 'ok', 'next', 'out-of-end'],
    ['check', 'end', 'high', 'outcome-wired'],
    ['start', 'end', 'next', 'outcome-wired'],
    ['ok', 'ok', 'approved', 'self-loop'],
    ['ok', 'nope', 'approved', 'unknown-node'],
    ['check', 'end', 'default', null],
    ['ok', 'end', 'approved', null],
  ] as const)('edge %s → %s (%s) refused: %s', (from, to, outcome, why) => {
    expect(refuseEdge(base, from, to, outcome)).toBe(why);
  });

  it('stores `next` edges without an outcome and others with it', () => {
    const d = addEdge(addEdge(base, 'check', 'end', 'default'), 'ok', 'end', 'approved');
    expect(d.edges.slice(2)).toEqual([{ id: 'e-1', from: 'check', to: 'end', outcome: 'default' }, { id: 'e-2', from: 'ok', to: 'end', outcome: 'approved' }]);
    expect(addEdge({ ...base, edges: [] }, 'start', 'check', 'next').edges).toEqual([{ id: 'e-1', from: 'start', to: 'check' }]);
  });

  it('moving boxes changes only layout', () => {
    const moved = moveNodes(base, { check: { x: 10.4, y: 20.6 } });
    expect(moved.nodes).toBe(base.nodes);
    expect(moved.edges).toBe(base.edges);
    expect(moved.layout).toEqual({ start: { x: 0, y: 0 }, check: { x: 10, y: 21 } });
  });

  it('adds a node with a fresh id at the drop point', () => {
    const r = addNode(base, 'approval', { x: 5, y: 6 }, { assignees: [] });
    expect(r.id).toBe('approval-1');
    expect(r.doc.layout?.['approval-1']).toEqual({ x: 5, y: 6 });
  });

  it('removing a node removes its edges and box', () => {
    const d = removeElements(base, ['check'], []);
    expect(d.nodes.map((n) => n.id)).toEqual(['start', 'ok', 'end']);
    expect(d.edges).toEqual([]);
    expect(d.layout).toEqual({ start: { x: 0, y: 0 } });
  });

  it('paste gives new ids and keeps only internal edges', () => {
    const frag = copyFragment(base, ['check', 'ok']);
    expect(frag.edges.map((e) => e.id)).toEqual(['e2']);
    const r = pasteFragment(base, frag);
    expect(r.ids).toEqual(['decision-1', 'approval-1']);
    expect(r.doc.edges.at(-1)).toEqual({ id: 'e-1', from: 'decision-1', to: 'approval-1', outcome: 'high' });
    expect(r.doc.layout?.['decision-1']).toEqual({ x: 40, y: 140 });
    // the original config is not shared with the copy
    expect(r.doc.nodes[4].config).not.toBe(base.nodes[1].config);
    expect(new Set(r.doc.nodes.map((n) => n.id)).size).toBe(r.doc.nodes.length);
  });

  it('pins the runtime check issues to the node or edge they concern', () => {
    const issues = validateDefinition(base, { locale: 'en' });
    const targets = issues.map((i) => issueTarget(base, i.path));
    // end is not reachable and the approval's outcomes are not wired
    expect(targets).toContainEqual({ node: 'end' });
    expect(targets.some((t) => t.node === 'ok')).toBe(true);
    expect(issueTarget(base, '/edges/1/outcome')).toEqual({ edge: 'e2' });
    expect(issueTarget(base, '/title')).toEqual({});
  });
});
