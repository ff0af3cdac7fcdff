import type { PluginErrorClass, PluginFailure } from '@oms/runtime';

/** Thrown so the host classifies the failure (it owns retries, backoff and the dead-letter queue). */
export function failure(errorClass: PluginErrorClass, message: string, extra: Partial<PluginFailure> = {}): PluginFailure {
  return { errorClass, message, ...extra };
}

export function isFailure(e: unknown): e is PluginFailure {
  return typeof e === 'object' && e !== null && typeof (e as PluginFailure).errorClass === 'string';
}

/** `Retry-After` is either seconds or an HTTP date. */
export function retryAfterMs(value: string | undefined, nowMs: number): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds * 1000));
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - nowMs) : undefined;
}
