import type { PluginFiles, PluginHttpRequest } from '@oms/runtime';
import type { WireError } from './child/ipc-protocol.js';
import { createHostFiles } from './host-files.js';
import { HostFailure } from './host-failure.js';
import type { HostHttp } from './host-http.js';
import type { ReqMessage } from './plugin-process.js';
import type { PluginStateStore, RunnablePlugin } from './runner-types.js';

/**
 * The host side of the SDK context: answers a child's `req` for the call it names. Requests for a call that
 * has ended are refused, so a plugin cannot keep using the context after its deadline.
 */
export interface ActiveCall {
  plugin: RunnablePlugin;
  /** Host clock, epoch ms. */
  deadline: number;
}

const MAX_KEY = 200;
const MAX_STATE_BYTES = 256 * 1024;

function key(k: unknown): string {
  if (typeof k !== 'string' || k === '' || k.length > MAX_KEY) throw new HostFailure('permanent', 'plugin.bad-argument', `state key must be a string of 1..${MAX_KEY} characters`);
  return k;
}

export function createContextService(deps: { http: HostHttp; stateStore: PluginStateStore }) {
  const files = new Map<string, PluginFiles>();
  const filesFor = (plugin: RunnablePlugin): PluginFiles => {
    if (!plugin.manifest.files || !plugin.filesRoot) throw new HostFailure('permanent', 'plugin.no-files', 'this installation has no files folder');
    let f = files.get(plugin.filesRoot);
    if (!f) files.set(plugin.filesRoot, (f = createHostFiles(plugin.filesRoot)));
    return f;
  };

  async function serve(call: ActiveCall, msg: ReqMessage): Promise<unknown> {
    const { plugin } = call;
    const a = Array.isArray(msg.args) ? msg.args : [];
    switch (msg.port) {
      case 'http.request':
        return deps.http.request({ installationId: plugin.installationId, allowedHosts: plugin.allowedHosts, rateLimit: plugin.manifest.rateLimit, deadline: call.deadline }, a[0] as PluginHttpRequest);
      case 'state.get':
        return deps.stateStore.get(plugin.installationId, key(a[0]));
      case 'state.set': {
        const size = Buffer.byteLength(JSON.stringify(a[1]) ?? '');
        if (size > MAX_STATE_BYTES) throw new HostFailure('permanent', 'plugin.state-too-large', `state values are limited to ${MAX_STATE_BYTES} bytes`);
        const ttl = typeof a[2] === 'number' && a[2] > 0 ? a[2] : undefined;
        return deps.stateStore.set(plugin.installationId, key(a[0]), a[1], ttl);
      }
      case 'state.delete':
        return deps.stateStore.delete(plugin.installationId, key(a[0]));
      case 'files.list':
        return filesFor(plugin).list(String(a[0] ?? ''));
      case 'files.read':
        return filesFor(plugin).read(a[0] as string);
      case 'files.write':
        return filesFor(plugin).write(a[0] as string, a[1] as string);
      case 'files.move':
        return filesFor(plugin).move(a[0] as string, a[1] as string);
      default:
        throw new HostFailure('permanent', 'plugin.bad-argument', `unknown context port ${String(msg.port)}`);
    }
  }

  return {
    async handle(call: ActiveCall | undefined, msg: ReqMessage): Promise<{ ok: true; value: unknown } | { ok: false; error: WireError }> {
      if (!call) return { ok: false, error: { kind: 'failure', errorClass: 'permanent', code: 'plugin.call-ended', message: 'the call this request belongs to has ended' } };
      try {
        return { ok: true, value: await serve(call, msg) };
      } catch (e) {
        if (e instanceof HostFailure) return { ok: false, error: { kind: 'failure', errorClass: e.errorClass, code: e.code, message: e.message, retryAfterMs: e.retryAfterMs } };
        // A host-side fault (database down...): retryable, and without host internals in the message.
        return { ok: false, error: { kind: 'failure', errorClass: 'retryable', code: 'plugin.host-error', message: `the host could not serve ${msg.port}` } };
      }
    },
  };
}
