import type { PluginErrorClass, PluginFailure } from '@oms/runtime';

/** Throw this: the host classes the failure by `errorClass` and owns retries, backoff and the dead-letter queue. */
export function failure(errorClass: PluginErrorClass, message: string, extra: Partial<PluginFailure> = {}): PluginFailure {
  return { errorClass, message, ...extra };
}

export function isFailure(e: unknown): e is PluginFailure {
  return typeof e === 'object' && e !== null && typeof (e as PluginFailure).errorClass === 'string';
}

/** HTTP status → error class. Keep this table when you copy the template; change only what your API does differently. */
export function classOfStatus(status: number): PluginErrorClass | undefined {
  if (status < 400) return undefined;
  if (status === 401 || status === 403) return 'auth';
  if (status === 429) return 'rate-limited';
  if (status === 409) return 'conflict';
  if (status === 408 || status >= 500) return 'retryable';
  if (status === 400 || status === 422) return 'validation';
  return 'permanent';
}
