import type { PluginErrorClass, PluginFailure } from '@oms/runtime';

/** Thrown so the host classifies the failure (it owns retries, backoff and the dead-letter queue). */
export function failure(errorClass: PluginErrorClass, message: string, extra: Partial<PluginFailure> = {}): PluginFailure {
  return { errorClass, message, ...extra };
}

export function isFailure(e: unknown): e is PluginFailure {
  return typeof e === 'object' && e !== null && typeof (e as PluginFailure).errorClass === 'string';
}

/** `Retry-After` in seconds (Shopify sends seconds, possibly fractional). */
export function retryAfterSeconds(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const s = Number(value);
  return Number.isFinite(s) && s >= 0 ? Math.round(s * 1000) : undefined;
}
