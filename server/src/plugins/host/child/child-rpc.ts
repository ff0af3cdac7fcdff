import type { ChildMessage, ContextPort, ReplyMessage, WireError } from './ipc-protocol.js';

/** Context requests from the child to the host, correlated by id. The host answers each with a `reply`. */
export interface ChildRpc {
  request(call: number, port: ContextPort, args: unknown[]): Promise<unknown>;
  send(msg: ChildMessage): void;
  onReply(msg: ReplyMessage): void;
}

export function wireToError(e: WireError): unknown {
  if (e.kind === 'failure') {
    // Rethrown into the plugin as a PluginFailure-shaped object: a plugin that does not catch it fails the
    // call with the host's class and code (e.g. `plugin.host-denied`).
    return { errorClass: e.errorClass, message: e.message, code: e.code, retryAfterMs: e.retryAfterMs };
  }
  return new Error(e.message);
}

export function createChildRpc(send: (msg: ChildMessage) => void): ChildRpc {
  let next = 1;
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: unknown): void }>();
  return {
    send,
    request(call, port, args) {
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        send({ t: 'req', id, call, port, args });
      });
    },
    onReply(msg) {
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      if (msg.ok) p.resolve(msg.value);
      else p.reject(wireToError(msg.error));
    },
  };
}
