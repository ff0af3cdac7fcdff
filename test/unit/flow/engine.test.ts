import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../runtime/src/core/ports.js';
import {
  createFlowEngine,
  createNodeTypeRegistry,
  builtinNodeTypes,
  FlowError,
  parseDuration,
  retryDelay,
  type FlowDefinition,
  type FlowState,
  type NodeType,
} from '../../../runtime/src/flow/index.js';
import { createRuleEngine } from '../../../runtime/src/rules/index.js';
import { loadDef } from './replay-log.js';

const rules = createRuleEngine();
const engine = createFlowEngine({ rules });
const order = { id: 'SO-77', customer: { id: 'C-9', email: 'x@example.com' }, lines: [{ id: 'l1', sku: 'SKU-A', qty: 1 }], totals: { total: 5000 } };

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object') {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}

function flow(nodes: FlowDefinition['nodes'], edges: Array<[string, string, string?]>): FlowDefinition {
  return { kind: 'flow', key: 't', title: { en: 't' }, nodes, edges: edges.map(([from, to, outcome], i) => ({ id: `e${i}`, from, to, ...(outcome ? { outcome } : {}) })) };
}

describe('flow state stays compact', () => {
  it('a waiting approval serializes to under 1 KB, without copies of the order or definition', () => {
    const clock = fixedClock('2026-03-02T09:00:00Z');
    const big = loadDef('approval-sla-escalate');
    const r = engine.start(big, order, clock, { instanceId: 'i-1' });
    const json = JSON.stringify(r.state);
    expect(json.length).toBeLessThan(1024);
    expect(json).not.toContain('SO-77');
    expect(json).not.toContain('boss');
    // after a delegation and an add-approver the state is still small
    const s1 = engine.advance(big, r.state, { id: 'ev-1', type: 'task-decided', task: 'review/3', action: 'delegate', by: 'alice', to: { user: 'erin' } }, clock, order);
    const s2 = engine.advance(big, s1.state, { id: 'ev-2', type: 'task-decided', task: 'review/4', action: 'add-approver', by: 'bob', to: { user: 'frank' }, position: 'before' }, clock, order);
    expect(s2.state.status).toBe('running');
    expect(JSON.stringify(s2.state).length).toBeLessThan(1024);
  });

  it('the fulfilment flow waiting on credit approval is under 1 KB', () => {
    const r = engine.start(loadDef('order-fulfilment'), order, fixedClock(0), { instanceId: 'i-1' });
    expect(r.state.tokens.map((t) => t.node)).toEqual(['credit']);
    expect(JSON.stringify(r.state).length).toBeLessThan(1024);
  });
});

describe('flow interpreter purity', () => {
  it('advance never mutates the state it is given', () => {
    const def = loadDef('approval-all');
    const clock = fixedClock(1000);
    const start = engine.start(def, order, clock, { instanceId: 'i-1' });
    const frozen = deepFreeze(JSON.parse(JSON.stringify(start.state)) as FlowState);
    const before = JSON.stringify(frozen);
    const r = engine.advance(def, frozen, { id: 'ev-3', type: 'task-decided', task: 'review/3', action: 'approve', by: 'alice' }, clock, order);
    expect(JSON.stringify(frozen)).toBe(before);
    expect(r.state).not.toBe(frozen);
    expect(r.state.tokens[0].d.s[0].s).toBe('a');
  });

  it('an event that matches nothing returns the very same state and no commands', () => {
    const def = loadDef('approval-basic');
    const clock = fixedClock(0);
    const { state } = engine.start(def, order, clock, { instanceId: 'i-1' });
    const r = engine.advance(def, state, { id: 'ev-4', type: 'timer-fired', timer: 'nope' }, clock, order);
    expect(r).toEqual({ state, commands: [], ignored: 'flow.event-not-matched' });
    expect(r.state).toBe(state);
  });

  it('reads the order passed to advance, not a copy taken at start', () => {
    const def = flow(
      [
        { id: 's', type: 'start' },
        { id: 'w', type: 'wait', config: { event: 'edited' } },
        { id: 'd', type: 'decision', config: { branches: [{ outcome: 'big', when: { '>': [{ var: 'order.totals.total' }, 1000] } }] } },
        { id: 'a', type: 'end', config: { outcome: 'big' } },
        { id: 'b', type: 'end', config: { outcome: 'small' } },
      ],
      [['s', 'w'], ['w', 'd', 'received'], ['d', 'a', 'big'], ['d', 'b', 'default']],
    );
    const clock = fixedClock(0);
    const { state } = engine.start(def, order, clock, { instanceId: 'i-1' });
    const edited = { ...order, totals: { total: 10 } };
    expect(engine.advance(def, state, { id: 'ev-5', type: 'external', name: 'edited' }, clock, edited).state.outcome).toBe('small');
    expect(engine.advance(def, state, { id: 'ev-6', type: 'external', name: 'edited' }, clock, order).state.outcome).toBe('big');
  });

  it('stops a runaway loop in an unchecked definition with a fault', () => {
    const def = flow(
      [
        { id: 's', type: 'start' },
        { id: 'x', type: 'set-status', config: { status: 'again' } },
      ],
      [['s', 'x'], ['x', 'x']],
    );
    expect(() => createFlowEngine({ rules, maxSteps: 50 }).start(def, order, fixedClock(0), { instanceId: 'i-1' })).toThrowError(FlowError);
  });

  it('refuses to start a flow without exactly one start node', () => {
    expect(() => engine.start(flow([{ id: 'e', type: 'end' }], []), order, fixedClock(0), { instanceId: 'i-1' })).toThrow(/exactly one start/);
  });
});

describe('node-type registry', () => {
  it('takes new node types without changes to the interpreter', () => {
    // a "hold" node: sets a status and waits for an operator release
    const hold: NodeType<{ reason: string }> = {
      key: 'hold',
      title: { en: 'Hold' },
      configSchema: { type: 'object', properties: { reason: { type: 'string' } } },
      waits: true,
      outcomes: () => [{ key: 'released' }],
      enter: (ctx) => ctx.emit({ type: 'set-status', node: ctx.node.id, status: `held:${ctx.config.reason}` }),
      onEvent(ctx, e) {
        if (e.type !== 'external' || e.name !== 'release') return false;
        ctx.complete('released');
        return true;
      },
    };
    const types = createNodeTypeRegistry([...builtinNodeTypes, hold]);
    const eng = createFlowEngine({ rules, nodeTypes: types });
    const def = flow(
      [
        { id: 's', type: 'start' },
        { id: 'h', type: 'hold', config: { reason: 'fraud-check' } },
        { id: 'e', type: 'end', config: { outcome: 'released' } },
      ],
      [['s', 'h'], ['h', 'e', 'released']],
    );
    const clock = fixedClock(0);
    const r = eng.start(def, order, clock, { instanceId: 'i-1' });
    expect(r.commands).toEqual([{ type: 'set-status', node: 'h', status: 'held:fraud-check' }]);
    expect(eng.advance(def, r.state, { id: 'ev-7', type: 'external', name: 'release' }, clock, order).commands).toEqual([
      { type: 'flow-completed', status: 'completed', outcome: 'released' },
    ]);
    expect(types.keys()).toContain('hold');
  });
});

describe('durations and retry backoff', () => {
  it.each([
    ['PT4H', 14_400_000],
    ['P2D', 172_800_000],
    ['P1DT12H', 129_600_000],
    ['PT1H30M', 5_400_000],
    ['PT0.5S', 500],
    ['P1W', 604_800_000],
    [90_000, 90_000],
    [0, 0],
    ['P1M', undefined],
    ['P1Y', undefined],
    ['PT', undefined],
    ['P', undefined],
    ['4h', undefined],
    [-5, undefined],
  ] as const)('%s → %s ms', (input, ms) => {
    expect(parseDuration(input)).toBe(ms);
  });

  it('backs off exponentially from the base delay, capped by maxBackoff', () => {
    const policy = { maxAttempts: 6, backoff: 'PT30S', multiplier: 2, maxBackoff: 'PT1M30S' };
    expect([2, 3, 4, 5].map((n) => retryDelay(policy, n))).toEqual([30_000, 60_000, 90_000, 90_000]);
    expect(retryDelay({ maxAttempts: 3 }, 3)).toBe(2000);
  });
});
