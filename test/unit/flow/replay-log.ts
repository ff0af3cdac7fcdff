import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
// Imports go to the sources directly so these tests do not depend on unrelated modules of the runtime root index.
import { fixedClock } from '../../../runtime/src/core/ports.js';
import type { Locale } from '../../../runtime/src/core/issue.js';
import { createDefinitionRegistry } from '../../../runtime/src/definitions/registry.js';
import { createFlowEngine, flowKind, type FlowCommand, type FlowDefinition, type FlowEngine, type FlowEvent, type FlowState } from '../../../runtime/src/flow/index.js';
import { createRuleEngine } from '../../../runtime/src/rules/index.js';

/** A recorded event log: the snapshot format of test/fixtures/flows/snapshots/*.json. */
export interface ReplayLog {
  /** "generated snapshot, regression guard": expected comes from running the interpreter. */
  label?: string;
  description: string;
  /** The host's flow-instance id passed to start (root of the idempotency keys). */
  instance?: string;
  /** Name of a shared definition in test/fixtures/flows/defs, or an inline definition. */
  flow: string | FlowDefinition;
  order: unknown;
  clockStart: string;
  events: Array<{ at: string; event: FlowEvent; note?: string }>;
  expected?: ReplayOutcome;
}

export interface ReplayOutcome {
  /** Step 0 is start; step i is events[i-1]. */
  steps: Array<{ commands: FlowCommand[]; ignored?: string }>;
  state: FlowState;
}

export const fixturesDir = path.resolve(import.meta.dirname, '../../fixtures/flows');

export function loadDef(ref: string | FlowDefinition): FlowDefinition {
  return typeof ref === 'string' ? JSON.parse(readFileSync(path.join(fixturesDir, 'defs', `${ref}.json`), 'utf8')) : ref;
}

export function listJson(dir: string): string[] {
  return readdirSync(path.join(fixturesDir, dir)).filter((f) => f.endsWith('.json')).sort();
}

export function readJson<T>(dir: string, file: string): T {
  return JSON.parse(readFileSync(path.join(fixturesDir, dir, file), 'utf8')) as T;
}

export function defaultEngine(): FlowEngine {
  return createFlowEngine({ rules: createRuleEngine() });
}

/** Run a log from scratch: start, then every event at its timestamp. The state passes through JSON like a DB column. */
export function replay(log: ReplayLog, engine: FlowEngine = defaultEngine()): ReplayOutcome {
  const def = loadDef(log.flow);
  const clock = fixedClock(log.clockStart);
  const first = engine.start(def, log.order, clock, { instanceId: log.instance ?? 'inst-1' });
  const steps: ReplayOutcome['steps'] = [{ commands: first.commands }];
  let state: FlowState = JSON.parse(JSON.stringify(first.state));
  for (const { at, event } of log.events) {
    clock.set(at);
    const r = engine.advance(def, state, event, clock, log.order);
    steps.push(r.ignored ? { commands: r.commands, ignored: r.ignored } : { commands: r.commands });
    state = JSON.parse(JSON.stringify(r.state));
  }
  return { steps, state };
}

/** A definition that must fail validation: expected issue codes and JSON Pointer paths, in order. */
export interface InvalidCase {
  description: string;
  def: unknown;
  expected?: Array<{ code: string; path: string }>;
}

const registry = createDefinitionRegistry(createRuleEngine());
registry.register(flowKind);

export function validateFlow(def: unknown, locale: Locale = 'en') {
  return registry.validate(def, { locale });
}

export function issuesOf(def: unknown): Array<{ code: string; path: string }> {
  return validateFlow(def).map((i) => ({ code: i.code, path: i.path }));
}
