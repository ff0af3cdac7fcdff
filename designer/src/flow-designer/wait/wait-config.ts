import { parseDuration, type FlowDefinition } from '@oms/runtime';
import type { VariableOption } from '../../rule-builder/model';

/**
 * The runtime names no list of external events (an `external` event carries any `name`, runtime/src/flow/event-schema.ts):
 * the names this flow's other wait nodes wait for are what can be offered without inventing any.
 */
export function eventSuggestions(flow: FlowDefinition | undefined, nodeId: string): string[] {
  const names = (flow?.nodes ?? [])
    .filter((n) => n.type === 'wait' && n.id !== nodeId)
    .map((n) => (n.config as { event?: unknown } | undefined)?.event)
    .filter((e): e is string => typeof e === 'string' && e !== '');
  return [...new Set(names)].sort();
}

/** A stored timeout the runtime accepts: none, milliseconds, or an ISO 8601 duration without years/months. */
export function timeoutValid(value: unknown): boolean {
  return value === undefined || value === '' || parseDuration(value) !== undefined;
}

/** The timeout as the input shows it (a number of milliseconds as its digits). */
export const timeoutText = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/**
 * What a wait filter reads: the runtime evaluates it on `{ order, vars, event }`, `event` being the payload
 * (runtime/src/flow/nodes/wait.ts). The payload's shape is declared nowhere, so its fields are typed (`event.<field>`).
 */
export function waitVariables(base: readonly VariableOption[], payloadLabel: string): VariableOption[] {
  return [...base, { path: 'event', label: payloadLabel, kind: 'unknown', source: 'event', open: true }];
}
