import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulateOrder, type SimulationInput } from '../../../runtime/src/index.js';

// Expectations are read off the demo flow's diagram (templates/demo/flow.json) and the flow README's SLA
// semantics, not recorded from a run.
const dir = path.resolve(import.meta.dirname, '../../../templates/demo');
const load = (f: string) => JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
const flow = load('flow.json');
const routing = load('routing.json');
const review = load('review.json');
const orders = load('sample-orders.json');
const locations = load('locations.json');
const stock = load('stock.json');
const H = 3_600_000;
const START = Date.UTC(2026, 2, 2, 9, 0);

const base = (order: unknown, extra: Partial<SimulationInput> = {}): SimulationInput => ({
  order: order as SimulationInput['order'],
  flow,
  review,
  routings: { [routing.key]: routing },
  locations,
  stock,
  start: START,
  ...extra,
});
const large = orders.find((o: { externalId: string }) => o.externalId === 'PO-2002');
const small = orders.find((o: { externalId: string }) => o.externalId === 'PO-1001');

describe('simulateOrder', () => {
  it('takes a large order through approval, routing and the happy end', () => {
    const r = simulateOrder(base(large));
    expect(r.status).toBe('completed');
    expect(r.outcome).toBe('fulfilled');
    expect(r.path.map((p) => [p.node, p.outcome])).toEqual([
      ['start', 'next'],
      ['size', 'large'],
      ['credit', 'approved'],
      ['route', 'routed'],
      ['allocated', 'next'],
      ['tell', 'next'],
      ['done', 'fulfilled'],
    ]);
    expect(r.tasks).toHaveLength(1);
    expect(r.tasks[0]).toMatchObject({ node: 'credit', assignee: { role: 'approver' }, closed: { how: 'decided', action: 'approve' } });
    expect(r.routings).toHaveLength(1);
    expect(r.endedAt).toBe(START);
  });

  it('fast-forwards an unanswered approval: reminder at T+8h, escalation to admin at T+24h', () => {
    const r = simulateOrder(base(large, { decisions: { credit: 'wait' } }));
    const at = (type: string) => r.timeline.filter((e) => e.type === type).map((e) => e.offset);
    expect(at('timer-fired')).toEqual([8 * H, 24 * H]);
    expect(r.tasks.map((t) => [t.assignee, t.createdAt - START, t.closed?.how])).toEqual([
      [{ role: 'approver' }, 0, 'cancelled'],
      [{ role: 'admin' }, 24 * H, undefined],
    ]);
    // the admin does not answer either: the simulation stops waiting instead of spinning
    expect(r.status).toBe('stuck');
  });

  it('routes a small order directly, skipping approval', () => {
    const r = simulateOrder(base(small));
    expect(r.path.map((p) => p.node)).toEqual(['start', 'size', 'route', 'allocated', 'tell', 'done']);
    expect(r.tasks).toEqual([]);
  });

  it('waits for stock for 7 days, then gives up and cancels', () => {
    const r = simulateOrder(base(small, { stock: [] }));
    expect(r.path.map((p) => [p.node, p.outcome])).toEqual([
      ['start', 'next'],
      ['size', 'default'],
      ['route', 'unfillable'],
      ['backorder', 'next'],
      ['restock', 'timeout'],
      ['gave-up', 'unfillable'],
    ]);
    expect(r.endedAt - START).toBe(7 * 24 * H);
  });

  it('stops at review when the review rejects, and writes nothing it was not given', () => {
    const shady = orders.find((o: { externalId: string }) => o.externalId === 'PO-3003');
    const input = base(shady);
    const before = JSON.stringify(input);
    const r = simulateOrder(input);
    expect(r.status).toBe('rejected-by-review');
    expect(r.path).toEqual([]);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('marks connector calls as simulated and answers failures when asked', () => {
    const withAction = {
      ...flow,
      nodes: [...flow.nodes.filter((n: { id: string }) => n.id !== 'tell'), { id: 'tell', type: 'action', config: { capability: 'demo.erp-push', input: {} } }],
      edges: flow.edges.map((e: { id: string }) => (e.id === 'e10' ? { ...e, outcome: 'succeeded' } : e)),
    };
    const ok = simulateOrder(base(small, { flow: withAction }));
    const call = ok.timeline.find((e) => e.type === 'action-succeeded');
    expect(call).toMatchObject({ simulated: true, detail: { capability: 'demo.erp-push' } });
    const failed = simulateOrder(base(small, { flow: withAction, actions: { 'demo.erp-push': 'fail' } }));
    expect(failed.status).toBe('failed');
  });

  it('reports a broken definition as an error result instead of throwing', () => {
    const broken = { ...flow, edges: flow.edges.filter((e: { id: string }) => e.id !== 'e10') };
    const r = simulateOrder(base(small, { flow: broken }));
    expect(r.status).toBe('error');
    expect(r.error?.code).toBe('flow.outcome-not-wired');
  });
});
