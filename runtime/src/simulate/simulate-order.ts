import type { Clock } from '../core/ports.js';
import { createFlowEngine } from '../flow/engine.js';
import { defaultNodeTypes } from '../flow/nodes/index.js';
import { FlowError } from '../flow/run.js';
import type { FlowCommand, FlowEvent, FlowResult, FlowState } from '../flow/types.js';
import { reviewOrder } from '../review/review-order.js';
import { createRoutingEngine } from '../routing/engine.js';
import { defaultRuleEngine } from '../rules/default-engine.js';
import type { RuleEngine } from '../rules/types.js';
import { tracedNodeTypes, type PathStep } from './traced-node-types.js';
import type { SimTask, SimulationInput, SimulationResult } from './types.js';

/** An event without its id (the simulator numbers them as it delivers them). */
type EventBody = FlowEvent extends infer E ? (E extends unknown ? Omit<E, 'id'> : never) : never;
type Pending = { at: number; event: EventBody };

/**
 * Runs an order through review → flow (routing inside route nodes) with a virtual clock and simulated
 * connectors. Pure: no I/O, nothing written; the same input gives the same result. When only timers are left
 * the clock jumps to the earliest one, so a 24 h SLA escalates at once and shows at T+24h.
 */
export function simulateOrder(input: SimulationInput, rules: RuleEngine = defaultRuleEngine()): SimulationResult {
  let now = input.start;
  const clock: Clock = { now: () => now, ...(input.timeZone ? { timeZone: input.timeZone } : {}) };
  const res: SimulationResult = { status: 'no-flow', path: [], tasks: [], routings: [], commands: [], timeline: [], endedAt: now };
  const log = (type: string, extra: Partial<SimulationResult['timeline'][number]> = {}) =>
    res.timeline.push({ at: now, offset: now - input.start, type, ...extra });

  if (input.review) {
    res.review = reviewOrder(input.review, input.order, { rules, now, ...(input.timeZone ? { timeZone: input.timeZone } : {}) });
    log('review', { detail: { decision: res.review.decision, matched: res.review.matched } });
    if (res.review.decision === 'reject') return { ...res, status: 'rejected-by-review', endedAt: now };
    if (res.review.decision === 'hold') log('held', { detail: 'the order would wait on hold until an operator releases it' });
  }
  if (!input.flow) return { ...res, status: res.review?.decision === 'hold' ? 'held-by-review' : 'no-flow', endedAt: now };

  const path: PathStep[] = res.path;
  const engine = createFlowEngine({ rules, nodeTypes: tracedNodeTypes(defaultNodeTypes(), path) });
  const routing = createRoutingEngine({ rules });
  const flow = input.flow;
  const immediate: Pending[] = [];
  const timers = new Map<string, number>();
  const tasks = new Map<string, SimTask>();
  let eventNo = 0;

  const execute = (command: FlowCommand) => {
    res.commands.push({ at: now, offset: now - input.start, command });
    switch (command.type) {
      case 'create-task': {
        const task: SimTask = { id: command.id, node: command.node, assignee: command.assignee, createdAt: now, ...(command.due ? { due: command.due } : {}) };
        tasks.set(command.id, task);
        res.tasks.push(task);
        log('task-created', { node: command.node, detail: { task: command.id, assignee: command.assignee, due: command.due } });
        const decision = input.decisions?.[command.node] ?? 'approve';
        if (decision !== 'wait') immediate.push({ at: now, event: { type: 'task-decided', task: command.id, action: decision, by: 'simulator' } });
        return;
      }
      case 'cancel-task': {
        const task = tasks.get(command.id);
        if (task && !task.closed) task.closed = { at: now, how: 'cancelled' };
        for (let i = immediate.length - 1; i >= 0; i--) {
          const e = immediate[i].event as { type: string; task?: string };
          if (e.type === 'task-decided' && e.task === command.id) immediate.splice(i, 1);
        }
        log('task-cancelled', { node: command.node, detail: { task: command.id } });
        return;
      }
      case 'call-action': {
        const ok = (input.actions?.[command.capability] ?? 'succeed') === 'succeed';
        log(ok ? 'action-succeeded' : 'action-failed', { node: command.node, simulated: true, detail: { capability: command.capability, input: command.input } });
        immediate.push({
          at: now,
          event: ok
            ? { type: 'action-succeeded', call: command.id, result: { simulated: true } }
            : { type: 'action-failed', call: command.id, error: { code: 'simulated-failure', retryable: false } },
        });
        return;
      }
      case 'compensate':
        log('compensated', { node: command.node, simulated: true, detail: { capability: command.capability, of: command.of } });
        return;
      case 'reserve-stock': {
        const key = command.routing ?? input.defaultRouting;
        const def = key ? input.routings?.[key] : undefined;
        if (!def) {
          log('route-failed', { node: command.node, detail: { reason: key ? `routing ${key} not given` : 'no routing' } });
          immediate.push({ at: now, event: { type: 'route-failed', request: command.id, reason: 'no-routing' } });
          return;
        }
        const result = routing.route({ order: input.order, locations: input.locations, stock: input.stock, definition: def }, clock);
        res.routings.push({ node: command.node, at: now, result });
        const ok = result.status === 'routed' || result.status === 'partial';
        log(ok ? 'routed' : 'route-failed', { node: command.node, detail: { status: result.status, shipments: result.shipments } });
        immediate.push({
          at: now,
          event: ok
            ? { type: 'route-completed', request: command.id, reservation: command.id, plan: { shipments: result.shipments, status: result.status } }
            : { type: 'route-failed', request: command.id, reason: result.status },
        });
        return;
      }
      case 'release-stock':
        log('stock-released', { node: command.node, detail: { reservation: command.reservation } });
        return;
      case 'set-timer':
        timers.set(command.id, command.at);
        return;
      case 'cancel-timer':
        timers.delete(command.id);
        return;
      case 'set-status':
        log('status', { node: command.node, detail: { status: command.status } });
        return;
      case 'notify':
        log('notified', { node: command.node, simulated: true, detail: { template: command.template, to: command.to } });
        return;
      case 'flow-completed':
        log('flow-completed', { detail: { status: command.status, outcome: command.outcome } });
        return;
    }
  };

  const apply = (r: FlowResult) => {
    for (const c of r.commands) execute(c);
    return r.state;
  };
  try {
    return runFlow();
  } catch (e) {
    if (!(e instanceof FlowError)) throw e;
    return { ...res, status: 'error', error: { code: e.code, message: e.message }, endedAt: now };
  }

  function runFlow(): SimulationResult {
    let state: FlowState = apply(engine.start(flow, input.order, clock, { instanceId: 'simulation' }));
    for (const [name, payload] of Object.entries(input.externalEvents ?? {})) immediate.push({ at: now, event: { type: 'external', name, payload } });

    const maxEvents = input.maxEvents ?? 500;
    while (state.status === 'running' && eventNo < maxEvents) {
      let next: Pending | undefined = immediate.shift();
      if (next === undefined) {
        const due = [...timers].sort((a, b) => a[1] - b[1])[0];
        if (!due) break;
        timers.delete(due[0]);
        now = Math.max(now, due[1]);
        log('timer-fired', { detail: { timer: due[0] } });
        next = { at: now, event: { type: 'timer-fired', timer: due[0] } };
      }
      const e = next.event as { type: string; task?: string; action?: string };
      if (e.type === 'task-decided') {
        const task = tasks.get(e.task!);
        if (task && !task.closed) task.closed = { at: now, how: 'decided', action: e.action };
        log('task-decided', { node: task?.node, detail: { task: e.task, action: e.action } });
      }
      const event = { ...next.event, id: `sim-${++eventNo}` } as FlowEvent;
      const r = engine.advance(flow, state, event, clock, input.order);
      state = r.ignored ? state : apply(r);
    }
    res.finalState = state;
    res.endedAt = now;
    res.status = state.status === 'running' ? 'stuck' : state.status;
    if (state.outcome) res.outcome = state.outcome;
    return res;
  }
}
