import { failure, isFailure, retryAfterMs } from '@oms-plugin/kit';
import type { Ctx } from './types.js';

type Method = 'GET' | 'POST' | 'DELETE';

/** Medusa's error body: `{type, message}` (type e.g. `not_found`, `invalid_data`, `not_allowed`). */
interface MedusaError {
  type?: string;
  message?: string;
}

export const basicAuth = (apiKey: string) => `Basic ${Buffer.from(`${apiKey}:`).toString('base64')}`;

/**
 * One Admin API call. Failures become classed PluginFailures: 401/403 → auth; 429 → rate-limited with
 * Retry-After; 5xx, 408 and network faults (timeouts included) → retryable; 404 → `undefined` for the caller
 * to decide (an order that does not exist is a rejected push, not a fault); other 4xx → permanent.
 */
export async function admin<T>(ctx: Ctx, method: Method, path: string, opts: { query?: Record<string, string | number>; body?: unknown; allow404?: boolean } = {}): Promise<T> {
  const url = `${ctx.config.baseUrl.replace(/\/+$/, '')}${path}`;
  let res;
  try {
    res = await ctx.http.request({
      method,
      url,
      headers: { authorization: basicAuth(ctx.credentials.apiKey ?? ''), accept: 'application/json' },
      query: opts.query,
      body: opts.body,
      timeoutMs: ctx.config.requestTimeoutMs ?? 20_000,
    });
  } catch (e) {
    if (isFailure(e)) throw e;
    throw failure('retryable', `Medusa unreachable: ${(e as Error)?.message ?? String(e)}`);
  }
  const { status } = res;
  if (status === 401 || status === 403) throw failure('auth', `Medusa refused the API key (HTTP ${status})`);
  if (status === 429) throw failure('rate-limited', 'Medusa rate limit (HTTP 429)', { retryAfterMs: retryAfterMs(res.headers['retry-after'], ctx.clock.now()) });
  if (status >= 500 || status === 408) throw failure('retryable', `Medusa answered HTTP ${status}`);
  if (status === 404 && opts.allow404) return undefined as T;
  const body = res.body as (T & MedusaError) | string;
  if (status >= 400) {
    const msg = typeof body === 'object' && body ? `${body.type ?? 'error'}: ${body.message ?? ''}` : String(body).slice(0, 200);
    throw failure(status === 409 ? 'conflict' : 'permanent', `Medusa ${method} ${path} → HTTP ${status} ${msg}`);
  }
  if (typeof body !== 'object' || body === null) throw failure('retryable', `Medusa answered HTTP ${status} without JSON`);
  return body;
}
