import type { CallMessage } from './ipc-protocol.js';
import type { ChildRpc } from './child-rpc.js';

/**
 * The SDK context a plugin sees, proxied to the host: every port is an IPC request, so credentials-bearing HTTP,
 * state and files happen in the host where the rules are enforced. The clock is the host's clock at dispatch
 * plus the time elapsed in the child (a synchronous `now()` cannot wait for IPC).
 */
export function createChildContext(msg: CallMessage, rpc: ChildRpc): Record<string, unknown> {
  const call = msg.id;
  const started = performance.now();
  const req = (port: Parameters<ChildRpc['request']>[1]) => (...args: unknown[]) => rpc.request(call, port, args);
  const log = (level: 'debug' | 'info' | 'warn' | 'error') => (message: unknown, fields?: Record<string, unknown>) =>
    rpc.send({ t: 'log', call, level, message: String(message), fields: fields === undefined ? undefined : plain(fields) });
  const state = {
    get: req('state.get'),
    set: (key: string, value: unknown, options?: { ttlSeconds?: number }) => rpc.request(call, 'state.set', [key, value, options?.ttlSeconds]),
    delete: req('state.delete'),
  };
  return {
    config: msg.config,
    credentials: msg.credentials,
    http: { request: req('http.request') },
    state,
    logger: { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') },
    clock: { now: () => msg.now + (performance.now() - started) },
    files: msg.files
      ? { list: req('files.list'), read: req('files.read'), write: req('files.write'), move: req('files.move') }
      : undefined,
    deadline: msg.deadline,
  };
}

/** Log fields must survive structured clone; a function or symbol inside would throw in `process.send`. */
function plain(fields: Record<string, unknown>): Record<string, unknown> {
  try {
    return JSON.parse(JSON.stringify(fields)) as Record<string, unknown>;
  } catch {
    return { unserialisable: true };
  }
}
