import type { PluginErrorClass } from '../plugin-host.js';
import type { WireError } from './child/ipc-protocol.js';
import type { RunError } from './runner-types.js';

const CLASSES = new Set<PluginErrorClass>(['retryable', 'rate-limited', 'auth', 'conflict', 'validation', 'permanent']);

/**
 * A thrown PluginFailure keeps its class (code: its own `code`, else `plugin.<class>`); anything else a plugin
 * throws is `permanent` `plugin.error` with the message only — a stack never reaches the caller.
 */
export function fromWire(e: WireError): RunError {
  const message = String(e.message ?? '').slice(0, 2000);
  if (e.kind === 'failure' && CLASSES.has(e.errorClass as PluginErrorClass)) {
    const cls = e.errorClass as PluginErrorClass;
    const code = typeof e.code === 'string' && /^[a-z][a-z0-9.-]{0,80}$/.test(e.code) ? e.code : `plugin.${cls}`;
    return { class: cls, code, message, ...(typeof e.retryAfterMs === 'number' && e.retryAfterMs >= 0 ? { retryAfterMs: e.retryAfterMs } : {}) };
  }
  return { class: 'permanent', code: 'plugin.error', message };
}
