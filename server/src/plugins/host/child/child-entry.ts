/**
 * The plugin child process: `fork(child-entry.js, [mainModulePath])` under Node's permission model. Locks the
 * network down, loads the plugin's default export, then serves `call` messages from the host until it dies.
 */
import { pathToFileURL } from 'node:url';
import { createChildContext } from './child-context.js';
import { createChildRpc } from './child-rpc.js';
import type { CallMessage, ChildMessage, HostMessage, WireError } from './ipc-protocol.js';
import { lockDown } from './lockdown.js';

type Handler = (call: unknown, ctx: unknown) => Promise<unknown>;
interface LoadedPlugin {
  id?: string;
  capabilities?: Record<string, Handler>;
  webhook?: { parse(delivery: unknown, ctx: unknown): unknown };
  testConnection?(ctx: unknown): Promise<unknown>;
}

const send = (msg: ChildMessage): void => {
  if (process.connected) process.send!(msg);
};
const rpc = createChildRpc(send);

function toWire(e: unknown): WireError {
  if (e && typeof e === 'object' && 'errorClass' in e && typeof (e as { errorClass: unknown }).errorClass === 'string') {
    const f = e as { errorClass: string; message?: unknown; code?: unknown; retryAfterMs?: unknown };
    return {
      kind: 'failure',
      errorClass: f.errorClass,
      message: String(f.message ?? ''),
      code: typeof f.code === 'string' ? f.code : undefined,
      retryAfterMs: typeof f.retryAfterMs === 'number' ? f.retryAfterMs : undefined,
    };
  }
  return { kind: 'error', message: e instanceof Error ? e.message : String(e) };
}

async function dispatch(plugin: LoadedPlugin, msg: CallMessage): Promise<unknown> {
  const ctx = createChildContext(msg, rpc);
  const op = msg.op;
  if (op.op === 'capability') {
    const handler = plugin.capabilities?.[op.capability];
    if (typeof handler !== 'function') throw { errorClass: 'permanent', code: 'plugin.unknown-capability', message: `plugin has no handler for ${op.capability}` };
    return handler({ input: op.input, idempotencyKey: op.idempotencyKey }, ctx);
  }
  if (op.op === 'webhook') {
    if (!plugin.webhook) throw { errorClass: 'permanent', code: 'plugin.unsupported', message: 'plugin has no webhook parser' };
    return plugin.webhook.parse(op.delivery, ctx);
  }
  if (!plugin.testConnection) throw { errorClass: 'permanent', code: 'plugin.unsupported', message: 'plugin has no connection test' };
  return plugin.testConnection(ctx);
}

async function main(): Promise<void> {
  lockDown();
  // A stray rejection in one call must not take down the others running in this process.
  process.on('unhandledRejection', (reason) => send({ t: 'log', call: 0, level: 'warn', message: `unhandled rejection: ${toWire(reason).message}` }));
  let plugin: LoadedPlugin;
  try {
    const mod = (await import(pathToFileURL(process.argv[2]).href)) as { default?: LoadedPlugin };
    plugin = mod.default ?? (mod as LoadedPlugin);
    if (!plugin || typeof plugin !== 'object' || typeof plugin.capabilities !== 'object') throw new Error('the module has no default export with capabilities');
  } catch (e) {
    send({ t: 'load-failed', message: toWire(e).message });
    process.disconnect?.();
    return;
  }
  process.on('message', (raw: HostMessage) => {
    if (raw.t === 'reply') return rpc.onReply(raw);
    if (raw.t !== 'call') return;
    dispatch(plugin, raw).then(
      (value) => {
        try {
          send({ t: 'result', id: raw.id, ok: true, value });
        } catch (e) {
          send({ t: 'result', id: raw.id, ok: false, error: { kind: 'error', message: `result is not serialisable: ${toWire(e).message}` } });
        }
      },
      (e: unknown) => send({ t: 'result', id: raw.id, ok: false, error: toWire(e) }),
    );
  });
  process.on('disconnect', () => process.exit(0));
  send({ t: 'ready' });
}

void main();
