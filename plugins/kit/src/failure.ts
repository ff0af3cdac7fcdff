import type { PluginErrorClass, PluginFailure } from '@oms/runtime';

/** Thrown so the host classifies the failure (it owns retries, backoff and the dead-letter queue). */
export function failure(errorClass: PluginErrorClass, message: string, extra: Partial<PluginFailure> = {}): PluginFailure {
  return { errorClass, message, ...extra };
}

export function isFailure(e: unknown): e is PluginFailure {
  return typeof e === 'object' && e !== null && typeof (e as PluginFailure).errorClass === 'string';
}

/** What `testConnection` answers for a thrown error: the class and message of a failure, else the error's text. */
export function failureText(e: unknown): string {
  return isFailure(e) ? `${e.errorClass}: ${e.message}` : String(e);
}

/** `Retry-After` is either seconds or an HTTP date. */
export function retryAfterMs(value: string | undefined, nowMs: number): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds * 1000));
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - nowMs) : undefined;
}

/** HTTP status → error class (undefined below 400). Change only what your remote does differently. */
export function classOfStatus(status: number): PluginErrorClass | undefined {
  if (status < 400) return undefined;
  if (status === 401 || status === 403) return 'auth';
  if (status === 429) return 'rate-limited';
  if (status === 409) return 'conflict';
  if (status === 408 || status >= 500) return 'retryable';
  if (status === 400 || status === 422) return 'validation';
  return 'permanent';
}
