import { FlowError } from './run.js';
import type { FlowDefinition, FlowDefRef, FlowEvent, FlowState, Token } from './types.js';

/**
 * Schema version of FlowState. 1: the first shape (no `v`, `def`, `instance`, `timers`, event memory).
 * 2: adds them. Bump it with every change of the stored shape and teach migrateState the step.
 */
export const FLOW_STATE_VERSION = 2;

/** Bounds of the event-id memory: it keeps ids only while they can still match something. */
const RING = 4;
const PER_TOKEN = 4;
const PER_NODE = 3;

export function defRef(def: FlowDefinition): FlowDefRef {
  return { key: def.key, version: def.version ?? null };
}

export function initialState(def: FlowDefinition, instance: string): FlowState {
  return { v: FLOW_STATE_VERSION, def: defRef(def), instance, status: 'running', n: 0, tokens: [] };
}

export interface MigrateOptions {
  /** The pinned definition (v1 states did not record it); without it `def` is adopted at the next advance. */
  def?: FlowDefRef | FlowDefinition;
  /** The host's instance id (v1 states did not record it); required before a migrated v1 state can advance. */
  instance?: string;
}

/**
 * Upgrade a stored state to FLOW_STATE_VERSION. Pure; a current state comes back as it is.
 * v1 → v2: pins `def` / `instance` from `options`, rebuilds the open-timer table from what the tokens record
 * (approval `due`; timers whose `at` v1 did not keep are simply not checked for earliness), and keeps the
 * idempotency key of calls still in flight (v1 keys were the bare call id) so a retry stays a retry.
 */
export function migrateState(state: unknown, options: MigrateOptions = {}): FlowState {
  if (!state || typeof state !== 'object' || !Array.isArray((state as FlowState).tokens)) {
    throw new FlowError('flow.state-invalid', 'not a flow state');
  }
  const s = state as Partial<FlowState>;
  const v = s.v ?? 1;
  if (v === FLOW_STATE_VERSION) return state as FlowState;
  if (v !== 1) throw new FlowError('flow.state-version', `flow state version ${String(v)} is not supported (current ${FLOW_STATE_VERSION})`);
  const copy = JSON.parse(JSON.stringify(state)) as FlowState;
  const pin = options.def;
  const def: FlowDefRef = pin ? { key: pin.key, version: pin.version ?? null } : { key: '', version: null };
  const timers: Record<string, number> = {};
  for (const t of copy.tokens) {
    const d = t.d as { due?: number; tm?: string[]; a?: number; k?: string } | undefined;
    if (d && typeof d.due === 'number' && d.tm?.includes('due')) timers[`${t.id}:due`] = d.due;
    if (d && typeof d.a === 'number' && d.k === undefined) d.k = t.id;
  }
  const out: FlowState = { ...copy, v: FLOW_STATE_VERSION, def, instance: options.instance ?? '' };
  if (Object.keys(timers).length) out.timers = timers;
  return out;
}

/** A state this engine can advance with this definition, or a fault that says why not. */
export function checkState(state: FlowState, def: FlowDefinition): void {
  if (state.v !== FLOW_STATE_VERSION) throw new FlowError('flow.state-version', `flow state version ${String(state.v)}: migrate it with migrateState first`);
  if (!state.instance) throw new FlowError('flow.instance-required', 'the state has no instance id (migrate v1 states with migrateState(state, { instance }))');
  const pinned = state.def;
  if (pinned.key && (pinned.key !== def.key || (pinned.version !== null && def.version !== undefined && pinned.version !== def.version))) {
    throw new FlowError('flow.definition-mismatch', `state belongs to ${pinned.key}@${String(pinned.version)}, not ${def.key}@${String(def.version ?? null)}`);
  }
}

/** Was this id consumed, as far as the bounded memory knows? */
export function consumed(state: FlowState, id: string): boolean {
  if (state.seen?.includes(id)) return true;
  for (const t of state.tokens) if (t.e?.includes(id)) return true;
  if (state.last) for (const k in state.last) if (state.last[k].includes(id)) return true;
  return false;
}

function push(list: string[] | undefined, id: string, max: number): string[] {
  const out = list ?? [];
  out.push(id);
  if (out.length > max) out.splice(0, out.length - max);
  return out;
}

/**
 * Remember a consumed event, once: per node for by-name events (they can match the node's next visit), on the
 * token that took it while that token stays open (e.g. a comment, a failed attempt), otherwise in the ring.
 * Ids in the ring can no longer match anything; they only let a recent duplicate be reported as one.
 */
export function remember(state: FlowState, event: FlowEvent, token: Token | undefined): void {
  if (token && state.status === 'running' && (event.type === 'external' || event.type === 'withdraw')) {
    const last = (state.last ??= {});
    last[token.node] = push(last[token.node], event.id, PER_NODE);
  } else if (token && state.tokens.includes(token)) token.e = push(token.e, event.id, PER_TOKEN);
  else state.seen = push(state.seen, event.id, RING);
}
