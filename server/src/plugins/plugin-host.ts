/**
 * What the order service needs from connectors, and nothing more. The flow worker calls capabilities through
 * this interface; the in-process implementation serves the demo and tests, the child-process plugin host
 * (plugins issue) implements the same interface.
 */
export type PluginErrorClass = 'retryable' | 'rate-limited' | 'auth' | 'conflict' | 'validation' | 'permanent';

export interface CapabilityCall {
  tenantId: string;
  /** e.g. `demo.erp-push`; the id a flow `action` node names. */
  capability: string;
  input: unknown;
  /** From the runtime: unique per flow instance and logical call, stable across retries. */
  idempotencyKey: string;
  deadlineMs?: number;
}

export type CallOutcome =
  | { ok: true; status: 'applied' | 'already-applied'; result?: unknown }
  | { ok: false; error: { class: PluginErrorClass; code: string; message: string; retryAfterMs?: number } };

export interface PluginHost {
  /** Capability ids installed and enabled for the tenant (release checks, the flow designer's picker). */
  capabilities(tenantId: string): Promise<string[]>;
  call(request: CapabilityCall): Promise<CallOutcome>;
}
