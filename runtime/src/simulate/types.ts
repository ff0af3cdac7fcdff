import type { FlowCommand, FlowDefinition, FlowState } from '../flow/types.js';
import type { CanonicalOrder } from '../order/canonical-order.js';
import type { ReviewDefinition, ReviewResult } from '../review/types.js';
import type { Location, RoutingDefinition, RoutingResult, StockLevel } from '../routing/types.js';
import type { PathStep } from './traced-node-types.js';

/** How a simulated approver answers a task of a node; `wait` never answers, so SLA timers fire. */
export type SimDecision = 'approve' | 'reject' | 'return' | 'wait';

export interface SimulationInput {
  order: CanonicalOrder;
  flow?: FlowDefinition;
  review?: ReviewDefinition;
  /** Routings by key: a route node names one; `defaultRouting` serves nodes that name none. */
  routings?: Record<string, RoutingDefinition>;
  defaultRouting?: string;
  locations: Location[];
  stock: StockLevel[];
  /** Virtual start time (epoch ms); the clock only moves when the simulator fast-forwards to a timer. */
  start: number;
  timeZone?: string;
  /** Per approval node id; default `approve`. */
  decisions?: Record<string, SimDecision>;
  /** Per capability id; default `succeed`. Connector calls are never made: the simulator answers them. */
  actions?: Record<string, 'succeed' | 'fail'>;
  /** External events a wait node receives, by event name (payload given); absent → the wait times out. */
  externalEvents?: Record<string, unknown>;
  /** Most events fed to the flow before the run is cut off as `stuck`. */
  maxEvents?: number;
}

export interface SimTask {
  id: string;
  node: string;
  assignee: unknown;
  createdAt: number;
  due?: number;
  closed?: { at: number; how: 'decided' | 'cancelled'; action?: string };
}

export interface SimEntry {
  at: number;
  /** ms since the start: the designer shows it as T+24h. */
  offset: number;
  type: string;
  node?: string;
  detail?: unknown;
  /** Connector calls the simulator answered instead of a plugin. */
  simulated?: boolean;
}

export interface SimulationResult {
  review?: ReviewResult;
  /** `stuck`: still waiting when the run was cut off (e.g. a wait without an event or timeout). */
  status: 'completed' | 'failed' | 'cancelled' | 'rejected-by-review' | 'held-by-review' | 'stuck' | 'no-flow' | 'error';
  /** Set with status `error`: the definition could not run (a FlowError, e.g. an unwired outcome). */
  error?: { code: string; message: string };
  outcome?: string;
  path: PathStep[];
  tasks: SimTask[];
  routings: Array<{ node: string; at: number; result: RoutingResult }>;
  commands: Array<{ at: number; offset: number; command: FlowCommand }>;
  timeline: SimEntry[];
  finalState?: FlowState;
  endedAt: number;
}
