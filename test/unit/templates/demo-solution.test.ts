import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFlowEngine, createRoutingEngine, createRuleEngine, fixedClock, reviewOrder } from '@oms/runtime';

// The starter solution a newcomer sees must work end to end in the runtime: review, routing and flow
// agree with each other on the sample orders, locations and stock shipped with it.
const dir = path.resolve(import.meta.dirname, '../../../templates/demo');
const load = (f: string) => JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
const [form, flow, routing, review] = ['form.json', 'flow.json', 'routing.json', 'review.json'].map(load);
const orders = load('sample-orders.json');
const locations = load('locations.json');
const stock = load('stock.json');
const rules = createRuleEngine();
const clock = fixedClock('2026-03-02T12:00:00Z');

const expected = [
  { review: 'pass', routing: 'routed', shipments: [['wh-columbus', ['line-1:10', 'line-2:25']]], firstWait: 'reserve-stock' },
  { review: 'hold', routing: 'routed', shipments: [['wh-reno', ['line-1:40']]], firstWait: 'create-task' },
  { review: 'reject' },
];

describe('demo starter solution', () => {
  it('the form starts the flow and the flow routes with the routing definition', () => {
    expect(form.flow).toBe(flow.key);
    expect(flow.nodes.find((n: { type: string }) => n.type === 'route').config.routing).toBe(routing.key);
  });

  it.each(expected.map((e, i) => [orders[i].externalId, i, e] as const))('%s: review, routing and flow', (_, i, e) => {
    const order = { id: `order-${i + 1}`, ...orders[i] };
    expect(reviewOrder(review, order, { rules, now: clock.now() }).decision).toBe(e.review);
    if (e.review === 'reject') return;
    const plan = createRoutingEngine({ rules }).route({ order, locations, stock, definition: routing }, clock);
    expect(plan.status).toBe(e.routing);
    expect(plan.shipments.map((s) => [s.location, s.lines.map((l) => `${l.lineId}:${l.qty}`)])).toEqual(e.shipments);
    const started = createFlowEngine({ rules }).start(flow, order, clock, { instanceId: `demo-${i + 1}` });
    expect(started.commands.map((c) => c.type)).toContain(e.firstWait);
  });
});
