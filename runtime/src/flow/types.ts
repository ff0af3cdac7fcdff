/**
 * Flow definitions, interpreter state, events and commands. Everything here is plain JSON so the
 * server can store state and commands in the same transaction and replay event logs exactly.
 */
import type { Rule } from '../rules/types.js';

export type FlowText = Partial<Record<'en' | 'zh-CN', string>>;

export interface FlowNode<C = Record<string, unknown>> {
  id: string;
  type: string;
  title?: FlowText;
  config?: C;
}

export interface FlowEdge {
  id: string;
  from: string;
  to: string;
  /** Which outcome of `from` this edge carries; omitted for single-exit nodes (`next`) and parallel splits. */
  outcome?: string;
  title?: FlowText;
}

/** A node's box on the canvas; the schema leaves it open so the designer may keep more view state. */
export interface FlowNodeBox {
  x: number;
  y: number;
  w?: number;
  h?: number;
  [key: string]: unknown;
}

export interface FlowDefinition {
  kind: 'flow';
  key: string;
  version?: number;
  title: FlowText;
  description?: FlowText;
  nodes: FlowNode[];
  edges: FlowEdge[];
  /** Canvas positions only: never read by the interpreter, so moving a box never changes logic. */
  layout?: Record<string, FlowNodeBox>;
}

/** Who a task goes to: one user, or a role (any member may take it). */
export type Assignee = { user: string } | { role: string };

/** A completed side effect that must be undone on cancel or failure, in reverse order. */
export interface DoneEffect {
  /** node id */
  n: string;
  /** 'a' action call, 'r' stock reservation */
  k: 'a' | 'r';
  /** call id or reservation reference */
  ref: string;
}

/** One active position in the flow. `d` is owned by the node type (compact, no copies of config). */
export interface Token {
  id: string;
  node: string;
  /** Last approval node passed on this path ("return to previous step"). */
  back?: string;
  d?: any;
  /** Ids of events this token consumed while it is open (bounded): a duplicate still matching it is refused. */
  e?: string[];
}

export type FlowStatus = 'running' | 'completed' | 'failed' | 'cancelled';

/** The pinned definition a state belongs to. `version` is null for unversioned (draft / test) definitions. */
export interface FlowDefRef {
  key: string;
  version: number | null;
}

export interface FlowState {
  /** Schema version of this state (FLOW_STATE_VERSION); older states go through migrateState. */
  v: number;
  def: FlowDefRef;
  /** Host-supplied instance id (the server's flow-instance id): the root of every idempotency key. */
  instance: string;
  status: FlowStatus;
  /** Counter for deterministic ids: `<nodeId>/<n>`. */
  n: number;
  tokens: Token[];
  /** Parallel joins: edge ids that have arrived, per join node. */
  joins?: Record<string, string[]>;
  /** Completed compensable effects, oldest first. */
  done?: DoneEffect[];
  /** Values produced by actions / waits (`output` in their config), readable by rules as `vars.<name>`. */
  vars?: Record<string, unknown>;
  /** Calls / reservations still in flight when the flow was cancelled: undone if they succeed late. */
  late?: DoneEffect[];
  outcome?: string;
  /** Open timers: timer id → when it is due (epoch ms). A `timer-fired` before that is refused as early. */
  timers?: Record<string, number>;
  /** The last few consumed event ids, newest last (a small ring: bounded, not a complete log). */
  seen?: string[];
  /**
   * Per node, the last few ids of events it consumed by name rather than by a per-visit id (`external`,
   * `withdraw`): when a loop comes back to the node, a late duplicate of an earlier visit's event is refused.
   */
  last?: Record<string, string[]>;
}

export type TaskAction =
  | 'approve'
  | 'reject'
  | 'return'
  | 'reassign'
  | 'delegate'
  | 'add-approver'
  | 'comment';

/**
 * Events the host feeds back. Every event carries an `id` chosen by the host (e.g. derived from the command
 * it answers, `${commandId}:result`): the same id delivered twice is consumed once.
 */
export type FlowEvent =
  | {
      id: string;
      type: 'task-decided';
      task: string;
      action: TaskAction;
      by?: string;
      comment?: string;
      /** reassign / delegate / add-approver target */
      to?: Assignee;
      /** add-approver: before or after the current approver */
      position?: 'before' | 'after';
      /** return: to the submitter (outcome `returned`) or the previous step */
      target?: 'submitter' | 'previous';
    }
  | { id: string; type: 'withdraw'; by?: string; node?: string }
  /** `attempt`: the command's attempt; when given, a result for another attempt of the same call is stale. */
  | { id: string; type: 'action-succeeded'; call: string; attempt?: number; result?: unknown }
  | { id: string; type: 'action-failed'; call: string; attempt?: number; error?: { code?: string; message?: string; retryable?: boolean } }
  | { id: string; type: 'timer-fired'; timer: string }
  | { id: string; type: 'route-completed'; request: string; reservation?: string; plan?: unknown }
  | { id: string; type: 'route-failed'; request: string; reason?: string }
  | { id: string; type: 'external'; name: string; payload?: unknown }
  | { id: string; type: 'cancel'; by?: string; reason?: string };

export type FlowCommand =
  | {
      type: 'create-task';
      id: string;
      node: string;
      assignee: Assignee;
      /** set when a delegate acts for the original assignee */
      onBehalfOf?: string;
      fields?: string[];
      due?: number;
    }
  | { type: 'cancel-task'; id: string; node: string }
  | { type: 'call-action'; id: string; node: string; capability: string; input: unknown; attempt: number; idempotencyKey: string }
  | { type: 'compensate'; id: string; node: string; capability: string; input: unknown; of: string; idempotencyKey: string }
  | { type: 'reserve-stock'; id: string; node: string; routing?: string; reserve: boolean }
  | { type: 'release-stock'; id: string; node: string; reservation: string }
  | { type: 'set-timer'; id: string; node: string; at: number }
  | { type: 'cancel-timer'; id: string; node: string }
  | { type: 'set-status'; node: string; status: string }
  | { type: 'notify'; node: string; template: string; to: unknown[]; channel?: string; data?: unknown }
  | { type: 'flow-completed'; status: FlowStatus; outcome: string };

export type FlowIgnored = 'flow.duplicate-event' | 'flow.timer-early' | 'flow.event-not-matched' | 'flow.not-running';

export interface FlowResult {
  state: FlowState;
  commands: FlowCommand[];
  /**
   * Set when the event was not applied: state is the very state given, no commands. Not a fault.
   * `flow.duplicate-event` (id already consumed), `flow.timer-early` (before the timer's `at`),
   * `flow.event-not-matched` (nothing waits for it), `flow.not-running` (the flow has ended).
   */
  ignored?: FlowIgnored;
}

/** What rules see: `order.*`, `vars.*` (and `event.*` in wait filters). */
export interface RuleData {
  order: unknown;
  vars: Record<string, unknown>;
  event?: unknown;
}

export type { Rule };
