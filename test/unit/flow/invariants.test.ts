import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../runtime/src/core/ports.js';
import type { FlowCommand, FlowDefinition, FlowEvent, FlowState } from '../../../runtime/src/flow/index.js';
import { defaultEngine, listJson, loadDef } from './replay-log.js';

/**
 * Random walks: from every shared definition, feed events chosen from what is open (tasks, timers, calls,
 * reservations, awaited external events, cancel) and check bookkeeping invariants after every step.
 */
const engine = defaultEngine();
const defs = listJson('defs').map((f) => loadDef(f.replace(/\.json$/, '')));
const orders = [
  { id: 'SO-1', customer: { email: 'a@example.com' }, shipTo: { country: 'CN' }, lines: [{ id: 'l1', sku: 'SKU-A', qty: 1 }], totals: { total: 200 }, attributes: { approvers: ['wang', 'li'] } },
  { id: 'SO-2', customer: { email: 'b@example.com' }, shipTo: { country: 'DE' }, lines: [{ id: 'l1', sku: 'SKU-B', qty: 9 }], totals: { total: 5000 }, attributes: { approvers: [] } },
];
const actions = ['approve', 'reject', 'return', 'reassign', 'delegate', 'add-approver', 'comment'] as const;

interface Open {
  tasks: Set<string>;
  /** timer id → at */
  timers: Map<string, number>;
  calls: Set<string>;
  routes: Set<string>;
  undone: string[];
}

function track(open: Open, commands: FlowCommand[]): void {
  for (const c of commands) {
    if (c.type === 'create-task') open.tasks.add(c.id);
    if (c.type === 'cancel-task') expect(open.tasks.delete(c.id), `cancel of unknown task ${c.id}`).toBe(true);
    if (c.type === 'set-timer') open.timers.set(c.id, c.at);
    if (c.type === 'cancel-timer') expect(open.timers.delete(c.id), `cancel of unknown timer ${c.id}`).toBe(true);
    if (c.type === 'call-action') open.calls.add(c.id);
    if (c.type === 'reserve-stock') open.routes.add(c.id);
    if (c.type === 'compensate' || c.type === 'release-stock') open.undone.push(c.id);
  }
}

type Draft = FlowEvent extends infer E ? (E extends FlowEvent ? Omit<E, 'id'> : never) : never;

function candidates(def: FlowDefinition, open: Open): Draft[] {
  const out: Draft[] = [];
  for (const task of open.tasks) for (const action of actions) out.push({ type: 'task-decided', task, action, by: 'x', to: { user: 'sub' }, position: 'before', target: 'previous' });
  for (const timer of open.timers.keys()) out.push({ type: 'timer-fired', timer });
  for (const call of open.calls) out.push({ type: 'action-succeeded', call, result: { id: 'R' } }, { type: 'action-failed', call, error: { retryable: true } });
  for (const request of open.routes) out.push({ type: 'route-completed', request, reservation: `res-${request}` }, { type: 'route-failed', request });
  for (const n of def.nodes) if (n.type === 'wait') out.push({ type: 'external', name: (n.config as { event: string }).event, payload: { amount: 9999, sku: 'SKU-A' } });
  out.push({ type: 'withdraw' }, { type: 'cancel' });
  return out;
}

function apply(open: Open, e: FlowEvent): void {
  if (e.type === 'task-decided' && e.action !== 'comment') open.tasks.delete(e.task);
  if (e.type === 'timer-fired') open.timers.delete(e.timer);
  if (e.type === 'action-succeeded' || e.type === 'action-failed') open.calls.delete(e.call);
  if (e.type === 'route-completed' || e.type === 'route-failed') open.routes.delete(e.request);
}

function walk(def: FlowDefinition, order: unknown, choices: number[]): void {
  const clock = fixedClock('2026-01-01T00:00:00Z');
  const open: Open = { tasks: new Set(), timers: new Map(), calls: new Set(), routes: new Set(), undone: [] };
  const first = engine.start(def, order, clock, { instanceId: 'walk' });
  track(open, first.commands);
  let state: FlowState = first.state;
  let seq = 0;
  let previous: FlowEvent | undefined;
  for (const pick of choices) {
    if (previous && pick % 7 === 0) {
      // the host delivers the last event again (a retried job): consumed once, the repeat changes nothing
      const again = engine.advance(def, state, previous, clock, order);
      expect(again).toEqual({ state, commands: [], ignored: 'flow.duplicate-event' });
    }
    const options = candidates(def, open);
    const event = { id: `ev-${++seq}`, ...options[pick % options.length] } as FlowEvent;
    clock.advance(60_000);
    // timers usually fire on time; sometimes the job runs early and must be refused
    if (event.type === 'timer-fired' && pick % 3 !== 0) clock.set(Math.max(clock.now(), open.timers.get(event.timer) ?? 0));
    const r = engine.advance(def, state, event, clock, order);
    if (r.ignored === 'flow.timer-early') {
      expect(clock.now()).toBeLessThan(open.timers.get((event as { timer: string }).timer)!);
      expect(r.state).toBe(state);
      continue;
    }
    if (!r.ignored) previous = event;
    if (r.ignored) {
      expect(r.state).toBe(state);
      expect(r.commands).toEqual([]);
      if (event.type !== 'timer-fired' && event.type !== 'action-succeeded' && event.type !== 'action-failed' && event.type !== 'route-completed' && event.type !== 'route-failed') continue;
    }
    apply(open, event);
    track(open, r.commands);
    state = JSON.parse(JSON.stringify(r.state));
    if (state.status !== 'running') {
      // nothing left open that a person or a timer could still act on
      expect([...open.tasks]).toEqual([]);
      expect([...open.timers]).toEqual([]);
      expect(state.tokens).toEqual([]);
      expect(r.commands.filter((c) => c.type === 'flow-completed').length + (first.state.status !== 'running' ? 1 : 0)).toBeLessThanOrEqual(1);
    } else {
      expect(state.tokens.length, 'a running flow waits somewhere').toBeGreaterThan(0);
      expect(JSON.stringify(state).length).toBeLessThan(2048);
      // the open-timer table is exactly the timers the host was told to set and not yet cancelled or fired
      expect(Object.keys(state.timers ?? {}).sort()).toEqual([...open.timers.keys()].sort());
    }
    // every undo command is issued once
    expect(new Set(open.undone).size).toBe(open.undone.length);
  }
}

describe('flow invariants under random event sequences', () => {
  it.each(defs.map((d) => [d.key, d] as const))('%s: no leaked tasks or timers, undo at most once', (_, def) => {
    fc.assert(
      fc.property(fc.constantFrom(...orders), fc.array(fc.nat(1000), { minLength: 1, maxLength: 25 }), (order, choices) => walk(def, order, choices)),
      { seed: 42, numRuns: 150 },
    );
  });
});
