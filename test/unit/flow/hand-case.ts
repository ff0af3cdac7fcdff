import { fixedClock } from '../../../runtime/src/core/ports.js';
import type { FlowCommand, FlowDefinition, FlowEngine, FlowEvent, FlowState } from '../../../runtime/src/flow/index.js';
import { defaultEngine, loadDef } from './replay-log.js';

/** One delivered event and what a person expects it to do. */
export interface HandStep {
  at: string;
  event: FlowEvent;
  commands: FlowCommand[];
  ignored?: string;
}

/** What a person checks at the end: the observable parts of the state, not its internal encoding. */
export interface HandFinal {
  status: FlowState['status'];
  outcome?: string;
  /** Nodes that hold a waiting token, sorted. */
  waiting: string[];
  vars?: Record<string, unknown>;
  timers?: Record<string, number>;
  late?: FlowState['late'];
}

/** A golden case written by hand from runtime/src/flow/README.md (test/fixtures/flows/golden-hand). */
export interface HandCase {
  note: string;
  description: string;
  flow: string | FlowDefinition;
  order: unknown;
  instance: string;
  clockStart: string;
  start: FlowCommand[];
  steps: HandStep[];
  final: HandFinal;
}

export function observe(state: FlowState, final: HandFinal): HandFinal {
  const out: HandFinal = { status: state.status, waiting: state.tokens.map((t) => t.node).sort() };
  if (state.outcome !== undefined) out.outcome = state.outcome;
  if ('vars' in final) out.vars = state.vars ?? {};
  if ('timers' in final) out.timers = state.timers ?? {};
  if ('late' in final) out.late = state.late ?? [];
  return out;
}

/** Run a case: the actual commands of start and of every step, and the observed final state. */
export function runHand(c: HandCase, engine: FlowEngine = defaultEngine()) {
  const def = loadDef(c.flow);
  const clock = fixedClock(c.clockStart);
  const first = engine.start(def, c.order, clock, { instanceId: c.instance });
  let state: FlowState = JSON.parse(JSON.stringify(first.state));
  const steps: HandStep[] = [];
  for (const s of c.steps) {
    clock.set(s.at);
    const r = engine.advance(def, state, s.event, clock, c.order);
    steps.push(r.ignored ? { at: s.at, event: s.event, commands: r.commands, ignored: r.ignored } : { at: s.at, event: s.event, commands: r.commands });
    state = JSON.parse(JSON.stringify(r.state));
  }
  return { start: first.commands, steps, final: observe(state, c.final), state };
}
