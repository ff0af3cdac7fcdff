import type { Issue, Locale } from '../core/issue.js';
import type { Reference } from '../definitions/kind-spec.js';
import type { CompiledRule, Rule, RuleEngine, RuleEnv } from '../rules/types.js';
import type { DoneEffect, FlowCommand, FlowEvent, FlowNode, FlowText, RuleData, Token } from './types.js';

/** One exit of a node. Optional outcomes may be left unwired (e.g. action `failed`: the flow then fails). */
export interface OutcomeSpec {
  key: string;
  optional?: boolean;
}

/** What a node handler may do. Handlers never do I/O: they emit commands and finish with an outcome. */
export interface NodeContext<C = any> {
  node: FlowNode<C>;
  config: C;
  token: Token;
  now: number;
  /** Env for rules: `{ now, timeZone }` from the injected clock. */
  env: RuleEnv;
  /** Idempotency key for a call or undo: `${instanceId}:${ref}`. */
  key(ref: string): string;
  /** Data for rules: `{order, vars}`. */
  data: RuleData;
  rule(rule: Rule): CompiledRule;
  emit(command: FlowCommand): void;
  /** Next deterministic id `<nodeId>/<n>`. */
  newId(): string;
  /** Leave the node through an outcome (or all edges for `fan-out` nodes). */
  complete(outcome: string): void;
  /** Leave the node by jumping to another node (approval "return to previous step"). */
  jump(nodeId: string): void;
  /** Record a completed compensable effect. */
  recordEffect(kind: 'a' | 'r', ref: string): void;
  /** Remember a call still in flight when the flow stops, so a late success is undone. */
  recordLate(kind: 'a' | 'r', ref: string): void;
  /**
   * End the whole flow here with `outcome`: tokens still waiting elsewhere are closed. With `compensate`,
   * completed effects are undone too (e.g. an end for rejected orders releases their stock).
   */
  end(outcome: string | undefined, compensate?: boolean): void;
  setVar(name: string, value: unknown): void;
  /** Terminate the whole flow as failed (compensating completed effects). */
  fail(reason: string): void;
  /** Is this outcome wired to an edge? */
  wired(outcome: string): boolean;
}

/** Context for the per-type semantic checks. */
export interface NodeCheckContext {
  locale: Locale;
  rules: RuleEngine;
  /** JSON Pointer of the node, e.g. `/nodes/3`. */
  path: string;
  issue(path: string, code: string, params?: Record<string, unknown>): Issue;
}

/**
 * A node type: a typed object registered under a stable kebab-case key (same key in runtime and designer).
 * Later node types plug in by registering another object; the interpreter has no switch over types.
 */
export interface NodeType<C = any> {
  key: string;
  title: FlowText;
  /** JSON Schema of `config`. */
  configSchema: Record<string, unknown>;
  /** Is `config` required by the schema? */
  configRequired?: boolean;
  outcomes(config: C): OutcomeSpec[];
  /** Parallel split: every outgoing edge is taken, edges carry no outcome. */
  fanOut?: boolean;
  /** Parallel join: waits for all incoming edges. Handled by the interpreter. */
  join?: boolean;
  /** Waiting nodes break loops (a loop must contain one). */
  waits?: boolean;
  /** A step people act on: "return to previous step" from a later node jumps back here. */
  marksStep?: boolean;
  /** Ends the flow (see NodeContext.end). */
  terminal?: boolean;
  enter(ctx: NodeContext<C>): void;
  /** Return true when the event belonged to this token. */
  onEvent?(ctx: NodeContext<C>, event: FlowEvent): boolean;
  /** The flow is being cancelled or failed while this token waits: close what is open. */
  abort?(ctx: NodeContext<C>): void;
  /** Undo one completed effect this node recorded (cancel / failure), by emitting commands. */
  compensate?(ctx: NodeContext<C>, effect: DoneEffect): void;
  /** An event for a call that was in flight when the flow stopped; return true if it matched `effect`. */
  onLate?(ctx: NodeContext<C>, effect: DoneEffect, event: FlowEvent): boolean;
  check?(node: FlowNode<C>, ctx: NodeCheckContext): Issue[];
  references?(node: FlowNode<C>, path: string): Reference[];
}

export interface NodeTypeRegistry {
  register(type: NodeType): void;
  get(key: string): NodeType | undefined;
  keys(): string[];
  all(): NodeType[];
}

export function createNodeTypeRegistry(types: NodeType[] = []): NodeTypeRegistry {
  const map = new Map<string, NodeType>();
  const registry: NodeTypeRegistry = {
    register(type) {
      map.set(type.key, type);
    },
    get: (key) => map.get(key),
    keys: () => [...map.keys()],
    all: () => [...map.values()],
  };
  for (const t of types) registry.register(t);
  return registry;
}
