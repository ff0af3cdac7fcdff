import { SAMPLE_ORDER } from './sample-order';

/**
 * The "try it" data of a rule in a flow, in the shape the interpreter evaluates it on: `{ order, vars }` for a
 * decision branch (runtime/src/flow/run.ts), plus `event` (the event's payload) for a wait filter
 * (runtime/src/flow/nodes/wait.ts). `vars` holds one key per upstream output, not yet known here (null).
 */
export function ruleSample(outputs: readonly string[], event?: unknown): Record<string, unknown> {
  const vars = Object.fromEntries(outputs.map((o) => [o, null]));
  return event === undefined ? { order: SAMPLE_ORDER, vars } : { order: SAMPLE_ORDER, vars, event };
}
