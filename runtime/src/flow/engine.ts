import type { Clock } from '../core/ports.js';
import type { RuleEngine } from '../rules/types.js';
import { cloneJson } from './clone.js';
import { indexFlow } from './graph.js';
import type { NodeTypeRegistry } from './node-type.js';
import { defaultNodeTypes } from './nodes/index.js';
import { FlowError, NodeCtx, Run } from './run.js';
import type { FlowDefinition, FlowEvent, FlowResult, FlowState } from './types.js';

export interface FlowEngineOptions {
  rules: RuleEngine;
  nodeTypes?: NodeTypeRegistry;
  /** Node entries allowed in one start/advance call before it is treated as a runaway loop. */
  maxSteps?: number;
}

export interface FlowEngine {
  readonly nodeTypes: NodeTypeRegistry;
  /** Start a flow for an order. Pure: same inputs, same result. */
  start(def: FlowDefinition, order: unknown, clock: Clock): FlowResult;
  /**
   * Apply one event. Pure: never mutates `state`. `order` is the order as it is now (rules read it);
   * it is passed in rather than copied into the state to keep the state small.
   */
  advance(def: FlowDefinition, state: FlowState, event: FlowEvent, clock: Clock, order?: unknown): FlowResult;
}

export function createFlowEngine(options: FlowEngineOptions): FlowEngine {
  const types = options.nodeTypes ?? defaultNodeTypes();
  const maxSteps = options.maxSteps ?? 10_000;
  const rules = options.rules;

  function newRun(def: FlowDefinition, state: FlowState, clock: Clock, order: unknown): Run {
    return new Run(def, indexFlow(def), types, rules, state, clock.now(), order, maxSteps);
  }

  return {
    nodeTypes: types,
    start(def, order, clock) {
      const run = newRun(def, { status: 'running', n: 0, tokens: [] }, clock, order);
      const starts = run.idx.starts;
      if (starts.length !== 1) throw new FlowError('flow.start-count', `flow ${def.key} needs exactly one start node`);
      run.arrive({ node: starts[0].id });
      run.drain();
      return { state: run.state, commands: run.commands };
    },
    advance(def, state, event, clock, order) {
      const run = newRun(def, cloneJson(state), clock, order ?? {});
      const handled = state.status === 'running' ? dispatch(run, event) : late(run, event);
      if (!handled) return { state, commands: [], ignored: state.status === 'running' ? 'flow.event-not-matched' : 'flow.not-running' };
      if (run.state.status === 'running') run.drain();
      return { state: run.state, commands: run.commands };
    },
  };
}

function dispatch(run: Run, event: FlowEvent): boolean {
  if (event.type === 'cancel') {
    run.terminate('cancelled', 'cancelled');
    return true;
  }
  for (const token of run.state.tokens) {
    const node = run.node(token.node);
    const type = run.typeOf(node);
    if (type.onEvent?.(new NodeCtx(run, node, token), event)) return true;
  }
  return false;
}

/** After the flow stopped, only results of calls that were still in flight matter: they get undone. */
function late(run: Run, event: FlowEvent): boolean {
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
  return false;
}
