import { describe, expect, it } from 'vitest';
import { createRoutingEngine, createRuleEngine, fixedClock, formatMessage, hasMessage, haversineKm, RuleError, type RoutingDefinition, type RoutingInput } from '@oms/runtime';

const clock = fixedClock('2026-03-01T08:00:00Z');
const def = (extra: Partial<RoutingDefinition> = {}): RoutingDefinition => ({ kind: 'routing', key: 'r', title: { en: 'R' }, ...extra });
const input = (definition: RoutingDefinition): RoutingInput => ({
  order: { id: 'o', shipTo: { lat: 30, lon: 120 }, lines: [{ id: 'L1', sku: 'A', qty: 1, tags: ['cold-chain'] }] },
  locations: [
    { id: 'w-1', type: 'warehouse', lat: 31, lon: 120, tags: ['cold-chain'] },
    { id: 'w-2', type: 'warehouse', lat: 32, lon: 120, active: false },
  ],
  stock: [{ location: 'w-1', sku: 'A', onHand: 3, reserved: 0 }],
  definition,
});

describe('routing engine', () => {
  it('compiles a definition once per definition object', () => {
    const engine = createRoutingEngine({ rules: createRuleEngine() });
    const d = def({ rules: [{ id: 'a', when: { '==': [1, 1] }, prefer: { ids: ['w-1'] } }] });
    expect(engine.compile(d)).toBe(engine.compile(d));
    expect(engine.compile(structuredClone(d))).not.toBe(engine.compile(d));
    engine.route(input(d), clock);
    expect(engine.compile(d).rules[0].id).toBe('a');
  });

  it('throws a RuleError (a fault) for a definition whose rule does not compile', () => {
    const engine = createRoutingEngine({ rules: createRuleEngine() });
    const d = def({ rules: [{ id: 'bad', when: { 'no-such-op': [] }, stop: true }] });
    expect(() => engine.route(input(d), clock)).toThrow(RuleError);
  });

  it('is pure: same input gives the same result and the input is not mutated', () => {
    const engine = createRoutingEngine({ rules: createRuleEngine() });
    const i = input(def({ rules: [{ id: 'cold', scope: 'line', when: { in: ['cold-chain', { var: 'line.tags' }] }, restrict: { tags: ['cold-chain'] } }] }));
    const before = structuredClone(i);
    const a = engine.route(i, clock);
    expect(engine.route(i, clock)).toEqual(a);
    expect(i).toEqual(before);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('routes an order without lines to nothing', () => {
    const engine = createRoutingEngine({ rules: createRuleEngine() });
    const i = input(def());
    const r = engine.route({ ...i, order: { ...i.order, lines: [] } }, clock);
    expect(r).toMatchObject({ status: 'routed', shipments: [], unfilled: [] });
  });

  it('gives rules the injected clock', () => {
    const engine = createRoutingEngine({ rules: createRuleEngine() });
    // w-1 does not ship in the morning (UTC); w-2 is inactive, so the morning order is backordered.
    const d = def({ rules: [{ id: 'morning', when: { '<': [{ 'hour-of-day': [{ now: [] }] }, 12] }, exclude: { ids: ['w-1'] } }] });
    const morning = engine.route(input(d), fixedClock('2026-03-01T08:00:00Z'));
    expect(morning.status).toBe('backorder');
    expect(morning.trace.rulesFired).toEqual([{ rule: 'morning', index: 0 }]);
    const afternoon = engine.route(input(d), fixedClock('2026-03-01T14:00:00Z'));
    expect(afternoon.status).toBe('routed');
    expect(afternoon.trace.now).toBe(Date.parse('2026-03-01T14:00:00Z'));
  });

  it('explains every trace reason code in both languages', () => {
    const engine = createRoutingEngine({ rules: createRuleEngine() });
    const r = engine.route(input(def()), clock);
    const codes = r.trace.locations.flatMap((l) => (l.excluded ? [l.excluded.code] : []));
    expect(codes).toEqual(['routing.excluded.inactive']);
    for (const code of ['inactive', 'type', 'tag', 'distance', 'where', 'rule', 'capacity-full', 'no-stock'].map((c) => `routing.excluded.${c}`)) {
      expect(hasMessage(code)).toBe(true);
      expect(formatMessage(code, 'zh-CN')).not.toBe(formatMessage(code, 'en'));
    }
    expect(formatMessage('routing.line.insufficient-stock', 'en', { available: 2, qty: 3 })).toBe('Only 2 available, 3 needed');
  });

  it('measures great-circle distance', () => {
    expect(haversineKm(30, 120, 31, 120)).toBeCloseTo(111.1949, 3);
    // Shanghai → Beijing is about 1,067 km.
    expect(haversineKm(31.2304, 121.4737, 39.9042, 116.4074)).toBeCloseTo(1067, -1);
  });
});
