import dgram from 'node:dgram';
import dns from 'node:dns';
import inspector from 'node:inspector';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';

/**
 * Node 20's permission model covers the file system, child processes, workers and addons, but not the network
 * (`--allow-net` arrived in Node 25). So before the plugin module loads, the child removes every way to open a
 * socket or resolve a name: HTTP, TLS, fetch and WebSocket all end in `net.Socket#connect`, and the raw bindings
 * (`process.binding`) are already denied by the permission model. Network goes through `ctx.http` only.
 */
function denied(what: string): never {
  const e = new Error(`${what} is not available to plugins: use ctx.http`) as Error & { code: string };
  e.code = 'ERR_PLUGIN_NETWORK_DENIED';
  throw e;
}

function seal(target: object, key: string, what: string): void {
  Object.defineProperty(target, key, { value: () => denied(what), writable: false, configurable: false });
}

export function lockDown(): void {
  seal(net.Socket.prototype, 'connect', 'net.Socket#connect');
  seal(net.Server.prototype, 'listen', 'net.Server#listen');
  seal(net, 'connect', 'net.connect');
  seal(net, 'createConnection', 'net.createConnection');
  seal(dgram, 'createSocket', 'dgram.createSocket');
  seal(inspector, 'open', 'inspector.open');
  for (const k of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) seal(dns, k, `dns.${k}`);
  for (const k of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) seal(dns.promises, k, `dns.promises.${k}`);
  for (const g of ['fetch', 'WebSocket', 'EventSource']) {
    Object.defineProperty(globalThis, g, { get: () => denied(g), configurable: false });
  }
  // `import { connect } from 'node:net'` reads the ESM facade, which copies the exports once: refresh it.
  syncBuiltinESMExports();
}
