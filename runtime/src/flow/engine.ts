import type { Clock } from '../core/ports.js';
import type { RuleEngine } from '../rules/types.js';
import { cloneJson } from './clone.js';
import { assertFlowEvent } from './event-schema.js';
import { indexFlow } from './graph.js';
import type { NodeTypeRegistry } from './node-type.js';
import { defaultNodeTypes } from './nodes/index.js';
import { FlowError, NodeCtx, Run } from './run.js';
import { checkState, consumed, defRef, initialState, remember } from './state.js';
import type { FlowDefinition, FlowEvent, FlowIgnored, FlowResult, FlowState, Token } from './types.js';

export interface FlowEngineOptions {
  rules: RuleEngine;
  nodeTypes?: NodeTypeRegistry;
  /** Node entries allowed in one start/advance call before it is treated as a runaway loop. */
  maxSteps?: number;
}

export interface FlowStartOptions {
  /** The host's flow-instance id (unique per tenant): every idempotency key is derived from it. */
  instanceId: string;
}

export interface FlowEngine {
  readonly nodeTypes: NodeTypeRegistry;
  /** Start a flow for an order. Pure: same inputs, same result. */
  start(def: FlowDefinition, order: unknown, clock: Clock, opts: FlowStartOptions): FlowResult;
  /**
   * Apply one event. Pure: never mutates `state`. `order` is the order as it is now (rules read it);
   * it is passed in rather than copied into the state to keep the state small. It is required: a missing
   * order would make every rule over it quietly take its "false" branch.
   */
  advance(def: FlowDefinition, state: FlowState, event: FlowEvent, clock: Clock, order: unknown): FlowResult;
}

export function createFlowEngine(options: FlowEngineOptions): FlowEngine {
  const types = options.nodeTypes ?? defaultNodeTypes();
  const maxSteps = options.maxSteps ?? 10_000;
  const rules = options.rules;

  function newRun(def: FlowDefinition, state: FlowState, clock: Clock, order: unknown): Run {
    const now = clock.now();
    return new Run(def, indexFlow(def), types, rules, state, now, order, maxSteps, clock.timeZone);
  }

  return {
    nodeTypes: types,
    start(def, order, clock, opts) {
      if (order === undefined) throw new FlowError('flow.order-required', 'start needs the order');
      const instance = opts?.instanceId;
      if (typeof instance !== 'string' || instance === '') throw new FlowError('flow.instance-required', 'start needs { instanceId }: the host flow-instance id');
      const run = newRun(def, initialState(def, instance), clock, order);
      const starts = run.idx.starts;
      if (starts.length !== 1) throw new FlowError('flow.start-count', `flow ${def.key} needs exactly one start node`);
      run.arrive({ node: starts[0].id });
      run.drain();
      return { state: run.state, commands: run.commands };
    },
    advance(def, state, event, clock, order) {
      assertFlowEvent(event);
      if (order === undefined) throw new FlowError('flow.order-required', 'advance needs the order as it is now');
      checkState(state, def);
      const running = state.status === 'running';
      if (consumed(state, event.id)) return skip(state, 'flow.duplicate-event');
      if (running && event.type === 'timer-fired') {
        const at = state.timers?.[event.timer];
        if (at !== undefined && clock.now() < at) return skip(state, 'flow.timer-early');
      }
      const run = newRun(def, cloneJson(state), clock, order);
      if (!run.state.def.key) run.state.def = defRef(def); // a migrated v1 state adopts the definition it runs with
      const taken = running ? dispatch(run, event) : late(run, event);
      if (!taken) return skip(state, running ? 'flow.event-not-matched' : 'flow.not-running');
      if (event.type === 'timer-fired') run.closeTimer(event.timer);
      if (run.state.status === 'running') run.drain();
      remember(run.state, event, taken === true ? undefined : taken);
      return { state: run.state, commands: run.commands };
    },
  };
}

/** Not applied: the very state given, no commands. */
function skip(state: FlowState, ignored: FlowIgnored): FlowResult {
  return { state, commands: [], ignored };
}

/** The token that took the event (true: the flow itself, for cancel), or undefined. */
function dispatch(run: Run, event: FlowEvent): Token | true | undefined {
  if (event.type === 'cancel') {
    run.terminate('cancelled', 'cancelled');
    return true;
  }
  for (const token of run.state.tokens) {
    const node = run.node(token.node);
    const type = run.typeOf(node);
    if (type.onEvent?.(new NodeCtx(run, node, token), event)) return token;
  }
  return undefined;
}

/** After the flow stopped, only results of calls that were still in flight matter: they get undone. */
function late(run: Run, event: FlowEvent): true | undefined {
  const pending = run.state.late ?? [];
  for (let i = 0; i < pending.length; i++) {
    const effect = pending[i];
    const node = run.node(effect.n);
    if (run.typeOf(node).onLate?.(new NodeCtx(run, node, { id: effect.ref, node: node.id }), effect, event)) {
      pending.splice(i, 1);
      if (pending.length === 0) delete run.state.late;
      return true;
    }
  }
  return undefined;
}
