import { createRoutingEngine, defaultRuleEngine } from '@oms/runtime';
import { describe, expect, it } from 'vitest';
import { getIn, move, nextRuleId, parseRoutingDoc, setIn } from '../../../../designer/src/routing-designer/routing-doc';
import { effectiveWeights } from '../../../../designer/src/routing-designer/weights-panel';
import { toRuntimeLocation } from '../../../../designer/src/routing-designer/routing-api';
import { SAMPLE_ORDERS } from '../../../../designer/src/routing-designer/sample-orders';
import routing from '../../../../templates/demo/routing.json';
import locations from '../../../../templates/demo/locations.json';
import stock from '../../../../templates/demo/stock.json';

describe('routing designer document edits', () => {
  it('setIn changes one path and keeps every other key verbatim (also ones the UI does not know)', () => {
    const doc = { kind: 'routing', key: 'r', title: { en: 'R' }, custom: { x: [1, 2] }, scoring: { cost: { default: 20 } } };
    const next = setIn(doc, ['scoring', 'weights'], { distance: 1 });
    expect(next).toEqual({ ...doc, scoring: { cost: { default: 20 }, weights: { distance: 1 } } });
    expect(doc.scoring).toEqual({ cost: { default: 20 } });
    expect(next.custom).toBe(doc.custom);
  });
  it('setIn with undefined removes the key and an object left empty, never leaving {} behind', () => {
    const doc = { kind: 'routing', split: { maxShipments: 2 } };
    expect(setIn(doc, ['split', 'maxShipments'], undefined)).toEqual({ kind: 'routing' });
    expect(setIn(doc, ['unfillable'], undefined)).toEqual(doc);
  });
  it('getIn / move / nextRuleId', () => {
    expect(getIn({ a: { b: 3 } }, ['a', 'b'])).toBe(3);
    expect(getIn({ a: 1 }, ['a', 'b'])).toBeUndefined();
    expect(move(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(move(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(nextRuleId([{ id: 'rule-2' }, { id: 'x' }])).toBe('rule-3');
    expect(nextRuleId([{ id: 'rule-1' }])).toBe('rule-2');
  });
  it('parseRoutingDoc accepts objects only', () => {
    expect(parseRoutingDoc('{"kind":"routing"}')).toEqual({ kind: 'routing' });
    expect(parseRoutingDoc('[1]')).toBeNull();
    expect(parseRoutingDoc('{')).toBeNull();
  });
  it('effective weights: the engine defaults until weights are given, then missing factors count 0', () => {
    expect(effectiveWeights({ kind: 'routing', key: 'r', title: {} } as never)).toEqual({ distance: 0.4, cost: 0.2, stock: 0.2, priority: 0.1, load: 0.1 });
    expect(effectiveWeights({ kind: 'routing', key: 'r', title: {}, scoring: { weights: { distance: 1 } } } as never)).toEqual({ distance: 1, cost: 0, stock: 0, priority: 0, load: 0 });
  });
});

describe('live ranking inputs (demo data through the runtime engine, as the designer runs it)', () => {
  const engine = createRoutingEngine({ rules: defaultRuleEngine() });
  const clock = { now: () => Date.UTC(2026, 2, 3), timeZone: 'UTC' };
  const locs = locations.map((l) => toRuntimeLocation({ ...l, lat: l.lat ?? null, lon: l.lon ?? null, region: l.region ?? null, dailyCapacity: l.capacity?.maxOpenOrders ?? null }));
  const levels = stock.map((s) => ({ ...s, safetyStock: 0 }));
  const sf = SAMPLE_ORDERS.find((s) => s.id === 'san-francisco')!.order;
  const top = (weights: Record<string, number>) => {
    const def = setIn(routing as never, ['scoring', 'weights'], weights);
    return engine.route({ order: sf, locations: locs, stock: levels, definition: def }, clock).trace.locations.find((l) => l.rank === 1)?.location;
  };
  it('raising the distance weight moves the nearer warehouse to the top for the San Francisco sample', () => {
    expect(top({ distance: 0, cost: 0.2, stock: 0.2, priority: 0.1, load: 0.1 })).toBe('wh-columbus');
    expect(top({ distance: 0.6, cost: 0.2, stock: 0.2, priority: 0.1, load: 0.1 })).toBe('wh-reno');
  });
  it('API locations map onto the runtime shape (capacity without a known load)', () => {
    expect(toRuntimeLocation({ id: 'a', type: 'store', tags: [], lat: null, lon: 1, region: null, priority: 2, dailyCapacity: 5, active: true }))
      .toEqual({ id: 'a', type: 'store', tags: [], priority: 2, active: true, lon: 1, capacity: { maxOpenOrders: 5, openOrders: 0 } });
  });
});
