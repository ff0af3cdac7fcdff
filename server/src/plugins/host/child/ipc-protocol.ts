/**
 * Messages between the host and a plugin child over the IPC channel (structured clone, `serialization:
 * 'advanced'`). Shared by both sides as types only: the child folder imports nothing outside itself at run time,
 * because the child may read only its own folder and the plugin's.
 */
export type ChildOp =
  | { op: 'capability'; capability: string; input: unknown; idempotencyKey: string }
  | { op: 'webhook'; delivery: { headers: Record<string, string>; rawBody: string; receivedAt: number } }
  | { op: 'test-connection' };

/** Host → child: run one operation. `now` is the host clock at dispatch; the child adds its own elapsed time. */
export type CallMessage = {
  t: 'call';
  id: number;
  op: ChildOp;
  config: Record<string, unknown>;
  credentials: Record<string, unknown>;
  deadline: number;
  now: number;
  files: boolean;
};

/** Host → child: the answer to a context request. */
export type ReplyMessage = { t: 'reply'; id: number; ok: true; value: unknown } | { t: 'reply'; id: number; ok: false; error: WireError };

export type HostMessage = CallMessage | ReplyMessage;

/** A failure as it crosses the wire: a PluginFailure keeps its class; anything else is `kind: 'error'`. */
export type WireError =
  | { kind: 'failure'; errorClass: string; message: string; code?: string; retryAfterMs?: number }
  | { kind: 'error'; message: string };

export type ContextPort =
  | 'http.request'
  | 'state.get'
  | 'state.set'
  | 'state.delete'
  | 'files.list'
  | 'files.read'
  | 'files.write'
  | 'files.move';

export type ChildMessage =
  | { t: 'ready' }
  | { t: 'load-failed'; message: string }
  | { t: 'result'; id: number; ok: true; value: unknown }
  | { t: 'result'; id: number; ok: false; error: WireError }
  | { t: 'req'; id: number; call: number; port: ContextPort; args: unknown[] }
  | { t: 'log'; call: number; level: 'debug' | 'info' | 'warn' | 'error'; message: string; fields?: Record<string, unknown> };
