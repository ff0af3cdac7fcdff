import type { PluginErrorClass, PluginFailure } from '@oms/runtime';

/** Thrown so the host classifies the failure (it owns retries, backoff and the dead-letter queue). */
export function failure(errorClass: PluginErrorClass, code: string, message: string, extra: Partial<PluginFailure> = {}): PluginFailure & { code: string } {
  return { errorClass, code, message, ...extra };
}

export function isFailure(e: unknown): e is PluginFailure {
  return typeof e === 'object' && e !== null && typeof (e as PluginFailure).errorClass === 'string';
}

/** `Retry-After`: delta seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or unreadable. */
export function retryAfterMs(value: string | undefined, nowMs: number): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = new Date(value).getTime();
  return Number.isFinite(at) ? Math.max(0, at - nowMs) : undefined;
}
