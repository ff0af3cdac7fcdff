import type { PluginFailure } from '@oms/runtime';
import { failure } from '@oms-plugin/kit';

/**
 * Tryton's JSON-RPC error: `[name, args]` where name is the exception (UserError, UserWarning, AccessError,
 * ConcurrencyException...) or, for a server fault, its text and a traceback.
 */
export function classifyRpcError(method: string, error: unknown): PluginFailure {
  const [name, args] = Array.isArray(error) ? error : [String(error), undefined];
  const text = Array.isArray(args) ? String(args[0] ?? '') : String(args ?? '');
  const message = `${method}: ${String(name)}${text ? ` ${text}` : ''}`.slice(0, 1000);
  if (name === 'UserError' || name === 'UserWarning' || name === 'RequiredValidationError' || /ValidationError$/.test(String(name))) return failure('validation', message);
  if (name === 'AccessError') return failure('auth', message);
  if (name === 'ConcurrencyException') return failure('conflict', message);
  if (/OperationalError|could not serialize|deadlock|TimeoutException/i.test(`${name} ${text}`)) return failure('retryable', message);
  return failure('permanent', message);
}
