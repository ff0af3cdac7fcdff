import { validateDefinition } from '@oms/runtime';
import { describe, expect, it } from 'vitest';
import { asFlow, moveNodes } from '../../../../designer/src/flow-designer/flow-model';
import { mergeEdges, mergeNodes } from '../../../../designer/src/flow-designer/merge-view';
import { toCanvas } from '../../../../designer/src/flow-designer/to-canvas';
import { bigFlow } from '../../../bench/designer-canvas-bench';

const doc = asFlow(bigFlow('merge'))!;
const view = (d = doc) => toCanvas(d, validateDefinition(d, { locale: 'en' }), 'en');

describe('canvas view merge (a drag stop re-renders the moved box only)', () => {
  it('a move changes layout only, and only the moved node gets a new object', () => {
    const before = view();
    const nodes = mergeNodes([], before.nodes, null);
    const edges = mergeEdges([], before.edges, null);
    const moved = moveNodes(doc, { n21: { x: 999, y: 333 } });
    expect({ ...moved, layout: undefined }).toEqual({ ...doc, layout: undefined });
    const after = view(moved);
    const nextNodes = mergeNodes(nodes, after.nodes, null);
    const changed = nextNodes.filter((n, i) => n !== nodes[i]).map((n) => n.id);
    expect(changed).toEqual(['n21']);
    expect(nextNodes.find((n) => n.id === 'n21')?.position).toEqual({ x: 999, y: 333 });
    expect(mergeEdges(edges, after.edges, null).every((e, i) => e === edges[i])).toBe(true);
  });

  it('keeps the measured size and selection of a changed node; `want` selects new ids', () => {
    const first = mergeNodes([], view().nodes, null).map((n) => (n.id === 'n3' ? { ...n, selected: true, measured: { width: 180, height: 56 } } : n));
    const next = mergeNodes(first, view(moveNodes(doc, { n3: { x: 1, y: 2 } })).nodes, null);
    const n3 = next.find((n) => n.id === 'n3')!;
    expect([n3.selected, n3.measured, n3.position]).toEqual([true, { width: 180, height: 56 }, { x: 1, y: 2 }]);
    const chosen = mergeNodes(next, view().nodes, new Set(['n5']));
    expect(chosen.filter((n) => n.selected).map((n) => n.id)).toEqual(['n5']);
  });

  it('a changed issue or label gives the node a new object', () => {
    const nodes = mergeNodes([], view().nodes, null);
    const renamed = { ...doc, nodes: doc.nodes.map((n) => (n.id === 'n7' ? { ...n, title: { en: 'Seven' } } : n)) };
    const next = mergeNodes(nodes, view(renamed).nodes, null);
    expect(next.filter((n, i) => n !== nodes[i]).map((n) => [n.id, n.data.label])).toEqual([['n7', 'Seven']]);
  });
});
