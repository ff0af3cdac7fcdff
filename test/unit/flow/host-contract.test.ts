import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../runtime/src/core/ports.js';
import { createFlowEngine, FLOW_STATE_VERSION, FlowError, migrateState, type FlowEvent, type FlowState } from '../../../runtime/src/flow/index.js';
import { createRuleEngine } from '../../../runtime/src/rules/index.js';
import type { RuleEngine } from '../../../runtime/src/rules/types.js';
import { observe, type HandFinal, type HandStep } from './hand-case.js';
import { defaultEngine, listJson, loadDef, readJson } from './replay-log.js';

const engine = defaultEngine();
const order = { id: 'SO-1', customer: { id: 'C-1', email: 'li@example.com' }, lines: [{ id: 'l1', sku: 'SKU-A', qty: 2 }], totals: { total: 200 } };
const uuid = '5f0c7a52-3f5e-4c1e-9a57-0d8f6c3b2a11';

function fault(fn: () => unknown): { code: string; path?: string } {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(FlowError);
    return { code: (e as FlowError).code, ...((e as FlowError).path !== undefined ? { path: (e as FlowError).path } : {}) };
  }
  throw new Error('expected a FlowError');
}

describe('events: ids and shape are checked, nothing is guessed', () => {
  const def = loadDef('approval-basic');
  const clock = fixedClock('2026-03-02T09:00:00Z');
  const { state } = engine.start(def, order, clock, { instanceId: 'i-1' });
  it.each([
    [{ type: 'cancel' }, 'flow.event-id-required', '/id'],
    [{ id: '', type: 'cancel' }, 'flow.event-id-required', '/id'],
    [{ id: 7, type: 'cancel' }, 'flow.event-id-required', '/id'],
    [null, 'flow.event-id-required', '/id'],
    [{ id: 'e', type: 'cancel', reasn: 'typo' }, 'flow.event-invalid', '/reasn'],
    [{ id: 'e', type: 'task-decided', action: 'approve' }, 'flow.event-invalid', '/task'],
    [{ id: 'e', type: 'task-decided', task: 'review/3', action: 'aprove' }, 'flow.event-invalid', '/action'],
    [{ id: 'e', type: 'task-decided', task: 'review/3', action: 'reassign', to: { user: 'x', role: 'y' } }, 'flow.event-invalid', '/to/role'],
    [{ id: 'e', type: 'action-failed', call: 'a/1', error: { retryable: 'yes' } }, 'flow.event-invalid', '/error/retryable'],
    [{ id: 'e', type: 'action-failed', call: 'a/1', error: { retry: true } }, 'flow.event-invalid', '/error/retry'],
    [{ id: 'e', type: 'action-succeeded', call: 'a/1', attempt: 0 }, 'flow.event-invalid', '/attempt'],
    [{ id: 'e', type: 'timer-fired' }, 'flow.event-invalid', '/timer'],
    [{ id: 'e', type: 'timer-fired', timer: 5 }, 'flow.event-invalid', '/timer'],
    [{ id: 'e', type: 'explode' }, 'flow.event-invalid', '/type'],
    [{ id: 'e' }, 'flow.event-invalid', '/type'],
  ])('%j → %s at %s', (event, code, path) => {
    expect(fault(() => engine.advance(def, state, event as FlowEvent, clock, order))).toEqual({ code, path });
  });

  it('advance needs the order; start needs the order and the instance id', () => {
    const e: FlowEvent = { id: 'e1', type: 'task-decided', task: 'review/3', action: 'approve' };
    expect(fault(() => engine.advance(def, state, e, clock, undefined))).toEqual({ code: 'flow.order-required' });
    expect(fault(() => engine.start(def, undefined, clock, { instanceId: 'i' }))).toEqual({ code: 'flow.order-required' });
    expect(fault(() => engine.start(def, order, clock, { instanceId: '' }))).toEqual({ code: 'flow.instance-required' });
  });
});

describe('duplicate events are consumed once, even late', () => {
  const def = loadDef('approval-resubmit');
  const clock = fixedClock('2026-03-02T09:00:00Z');
  const step = (s: FlowState, e: FlowEvent) => engine.advance(def, JSON.parse(JSON.stringify(s)), e, clock, order);

  it('the same id twice: the second is ignored with the state unchanged and no commands', () => {
    const s0 = engine.start(def, order, clock, { instanceId: 'i-1' }).state;
    const e: FlowEvent = { id: 'task-3:comment', type: 'task-decided', task: 'review/3', action: 'comment', comment: 'looks fine' };
    const s1 = step(s0, e).state;
    const again = engine.advance(def, s1, e, clock, order);
    expect(again).toEqual({ state: s1, commands: [], ignored: 'flow.duplicate-event' });
    expect(again.state).toBe(s1);
  });

  it('a late duplicate resubmission after the flow looped back to the wait creates no second task', () => {
    const s0 = engine.start(def, order, clock, { instanceId: 'i-1' }).state;
    const resubmit: FlowEvent = { id: 'inbox-41', type: 'external', name: 'resubmitted', payload: { by: 'sales-1' } };
    let s = step(s0, { id: 'd-1', type: 'task-decided', task: 'review/3', action: 'return', by: 'alice' }).state;
    const r1 = step(s, resubmit);
    expect(r1.commands.filter((c) => c.type === 'create-task')).toHaveLength(1);
    s = r1.state;
    // enough other events to push the resubmission out of the small ring of recent ids
    for (let i = 0; i < 10; i++) s = step(s, { id: `c-${i}`, type: 'task-decided', task: 'review/7', action: 'comment' }).state;
    s = step(s, { id: 'd-2', type: 'task-decided', task: 'review/7', action: 'return', by: 'alice' }).state;
    expect(s.tokens.map((t) => t.node)).toEqual(['resubmit']);
    expect(s.seen).not.toContain('inbox-41');
    const late = step(s, resubmit);
    expect(late.ignored).toBe('flow.duplicate-event');
    expect(late.commands).toEqual([]);
    // a new resubmission (new id) is taken
    expect(step(s, { ...resubmit, id: 'inbox-42' }).commands.map((c) => c.type)).toEqual(['cancel-timer', 'create-task']);
  });

  it('a result of an earlier attempt is not taken as the result of the retry', () => {
    const fx = loadDef('order-fulfilment');
    const c = fixedClock('2026-03-02T09:00:00Z');
    let s = engine.start(fx, order, c, { instanceId: 'i-2' }).state;
    const adv = (e: FlowEvent) => (s = engine.advance(fx, s, e, c, order).state);
    adv({ id: 'r-1', type: 'route-completed', request: 'route/3', reservation: 'res-1' });
    adv({ id: 'f-1', type: 'action-failed', call: 'erp/4', attempt: 1, error: { retryable: true } });
    c.advance(30_000);
    adv({ id: 't-1', type: 'timer-fired', timer: 'erp/4:retry' });
    const stale = engine.advance(fx, s, { id: 'f-1b', type: 'action-failed', call: 'erp/4', attempt: 1, error: { retryable: true } }, c, order);
    expect(stale.ignored).toBe('flow.event-not-matched');
    const dup = engine.advance(fx, s, { id: 'f-1', type: 'action-failed', call: 'erp/4', error: { retryable: true } }, c, order);
    expect(dup.ignored).toBe('flow.duplicate-event');
  });

  it('a waiting state with realistic ids stays under 1 KB', () => {
    const sla = loadDef('approval-sla-escalate');
    let s = engine.start(sla, order, clock, { instanceId: uuid }).state;
    const step = (st: FlowState, e: FlowEvent) => engine.advance(sla, st, e, clock, order);
    for (let i = 0; i < 12; i++) s = step(s, { id: `${uuid}:c${i}:result`, type: 'task-decided', task: 'review/3', action: 'comment' }).state;
    s = step(s, { id: `${uuid}:d:result`, type: 'task-decided', task: 'review/3', action: 'delegate', by: 'alice', to: { user: 'erin' } }).state;
    expect(s.status).toBe('running');
    expect(JSON.stringify(s).length, JSON.stringify(s)).toBeLessThan(1024);
  });
});

describe('timers are checked against the clock', () => {
  const def = loadDef('approval-sla-escalate'); // due P1DT12H, remind 24 h, escalate to boss
  const clock = fixedClock('2026-03-02T09:00:00Z');
  const started = engine.start(def, order, clock, { instanceId: 'i-1' });
  const due = Date.parse('2026-03-03T21:00:00Z');

  it('the state remembers each open timer and when it is due', () => {
    expect(started.state.timers).toEqual({ 'review/2:due': due, 'review/2:remind': Date.parse('2026-03-03T09:00:00Z') });
  });

  it('at due − 1 ms nothing happens; at exactly due the task escalates', () => {
    clock.set(due - 1);
    const early = engine.advance(def, started.state, { id: 'j1', type: 'timer-fired', timer: 'review/2:due' }, clock, order);
    expect(early).toEqual({ state: started.state, commands: [], ignored: 'flow.timer-early' });
    clock.set(due);
    const r = engine.advance(def, started.state, { id: 'j2', type: 'timer-fired', timer: 'review/2:due' }, clock, order);
    expect(r.commands.map((c) => c.type)).toEqual(['cancel-task', 'cancel-task', 'create-task']);
    expect(r.state.timers).toEqual({ 'review/2:remind': Date.parse('2026-03-03T09:00:00Z') });
  });
});

describe('state version, pinned definition, instance', () => {
  it('a new state carries v, def and instance', () => {
    const def = { ...loadDef('approval-basic'), version: 3 };
    const { state } = engine.start(def, order, fixedClock(0), { instanceId: 'i-9' });
    expect(state).toMatchObject({ v: FLOW_STATE_VERSION, def: { key: def.key, version: 3 }, instance: 'i-9' });
    const other = { ...def, version: 4 };
    const e: FlowEvent = { id: 'x', type: 'cancel' };
    expect(fault(() => engine.advance(other, state, e, fixedClock(0), order))).toEqual({ code: 'flow.definition-mismatch' });
    expect(fault(() => engine.advance(def, { ...state, v: 1 }, e, fixedClock(0), order))).toEqual({ code: 'flow.state-version' });
    expect(migrateState(state)).toBe(state);
  });

  interface V1Case {
    flow: string;
    order: unknown;
    v1State: unknown;
    migrate: { def: { key: string; version: number | null }; instance: string };
    expectedMigrated: FlowState;
    steps: HandStep[];
    final: HandFinal;
  }
  it.each(listJson('state-v1').map((f) => [f, readJson<V1Case>('state-v1', f)] as const))('%s migrates and then advances', (_, c) => {
    const def = loadDef(c.flow);
    const frozen = JSON.stringify(c.v1State);
    let state = migrateState(c.v1State, c.migrate);
    expect(JSON.stringify(c.v1State)).toBe(frozen);
    expect(state).toEqual(c.expectedMigrated);
    const clock = fixedClock(0);
    for (const s of c.steps) {
      clock.set(s.at);
      const r = engine.advance(def, state, s.event, clock, c.order);
      expect({ commands: r.commands, ignored: r.ignored }, JSON.stringify(s.event)).toEqual({ commands: s.commands, ignored: s.ignored });
      state = JSON.parse(JSON.stringify(r.state));
    }
    expect(observe(state, c.final)).toEqual(c.final);
  });

  it('a v1 state without an instance id cannot advance until given one', () => {
    const c = readJson<V1Case>('state-v1', 'sla-escalation-pending.json');
    const migrated = migrateState(c.v1State);
    expect(migrated.def).toEqual({ key: '', version: null });
    expect(fault(() => engine.advance(loadDef(c.flow), migrated, { id: 'x', type: 'cancel' }, fixedClock(0), c.order))).toEqual({ code: 'flow.instance-required' });
    expect(fault(() => migrateState({ v: 99, tokens: [] }))).toEqual({ code: 'flow.state-version' });
  });
});

describe('idempotency keys are rooted in the instance id', () => {
  const def = loadDef('order-fulfilment');
  function keysOf(instanceId: string): string[] {
    const c = fixedClock('2026-03-02T09:00:00Z');
    const keys: string[] = [];
    let r = engine.start(def, order, c, { instanceId });
    const adv = (e: FlowEvent) => {
      r = engine.advance(def, r.state, e, c, order);
      for (const cmd of r.commands) if (cmd.type === 'call-action' || cmd.type === 'compensate') keys.push(cmd.idempotencyKey);
    };
    adv({ id: 'r', type: 'route-completed', request: 'route/3', reservation: 'res' });
    adv({ id: 'f', type: 'action-failed', call: 'erp/4', error: { retryable: true } });
    c.advance(30_000);
    adv({ id: 't', type: 'timer-fired', timer: 'erp/4:retry' });
    adv({ id: 's', type: 'action-succeeded', call: 'erp/4', result: { id: 'ERP-1' } });
    adv({ id: 'x', type: 'cancel' });
    return keys;
  }

  it('retries keep the key; undo has its own; two instances never share one', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.uuid(), (a, b) => {
        fc.pre(a !== b);
        const ka = keysOf(a);
        const kb = keysOf(b);
        // erp attempt 1, erp attempt 2 (same key), ship, erp undo
        expect(ka).toEqual([`${a}:erp/4`, `${a}:erp/4`, `${a}:ship/5`, `${a}:erp/4:undo`]);
        expect(ka.filter((k) => kb.includes(k))).toEqual([]);
      }),
      { seed: 7, numRuns: 50 },
    );
  });
});

describe('rules inside flows see the clock time zone', () => {
  it('passes { now, timeZone } from the clock, and one work meter per call', () => {
    const real = createRuleEngine();
    const envs: unknown[] = [];
    // wraps the real engine to observe the env each evaluation receives
    const rules: RuleEngine = { ...real, compile: (r) => { const f = real.compile(r); return Object.assign((d: unknown, env?: object) => (envs.push(env), f(d, env)), f); } };
    const def = loadDef('decision-shipping');
    const clock = { now: () => 1_772_442_000_000, timeZone: 'Asia/Shanghai' };
    createFlowEngine({ rules }).start(def, order, clock, { instanceId: 'i-1' });
    expect(envs.length).toBeGreaterThan(0);
    for (const env of envs) expect(env).toMatchObject({ now: 1_772_442_000_000, timeZone: 'Asia/Shanghai', meter: { remaining: expect.any(Number) } });
    // every rule of one start() shares the same meter, so a flow's rule slots are bounded together
    expect(new Set(envs.map((e) => (e as { meter: object }).meter)).size).toBe(1);
  });
});
