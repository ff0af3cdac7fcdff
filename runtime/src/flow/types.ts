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
}

export type FlowStatus = 'running' | 'completed' | 'failed' | 'cancelled';

export interface FlowState {
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
}

export type TaskAction =
  | 'approve'
  | 'reject'
  | 'return'
  | 'reassign'
  | 'delegate'
  | 'add-approver'
  | 'comment';

export type FlowEvent =
  | {
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
  | { type: 'withdraw'; by?: string; node?: string }
  | { type: 'action-succeeded'; call: string; result?: unknown }
  | { type: 'action-failed'; call: string; error?: { code?: string; message?: string; retryable?: boolean } }
  | { type: 'timer-fired'; timer: string }
  | { type: 'route-completed'; request: string; reservation?: string; plan?: unknown }
  | { type: 'route-failed'; request: string; reason?: string }
  | { type: 'external'; name: string; payload?: unknown }
  | { type: 'cancel'; by?: string; reason?: string };

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

export interface FlowResult {
  state: FlowState;
  commands: FlowCommand[];
  /** Set when the event matched nothing (stale task, unknown timer): state is unchanged. Not a fault. */
  ignored?: string;
}

/** What rules see: `order.*`, `vars.*` (and `event.*` in wait filters). */
export interface RuleData {
  order: unknown;
  vars: Record<string, unknown>;
  event?: unknown;
}

export type { Rule };
