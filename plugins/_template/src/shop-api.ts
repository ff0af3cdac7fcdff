import type { PluginHttpRequest } from '@oms/runtime';
import { classOfStatus, failure, isFailure } from '@oms-plugin/kit';
import type { Ctx } from './types.js';

/**
 * One call to the remote API through the host's HTTP client (allow-list, rate limit and timeouts are the host's).
 * A non-2xx answer is thrown as a classed PluginFailure; 429 carries Retry-After.
 */
export async function shopRequest<T>(ctx: Ctx, req: Omit<PluginHttpRequest, 'url'> & { path: string }): Promise<T> {
  const { path, ...rest } = req;
  const url = `${ctx.config.baseUrl.replace(/\/+$/, '')}${path}`;
  let res;
  try {
    res = await ctx.http.request({ ...rest, url, headers: { authorization: `Bearer ${ctx.credentials.apiToken}`, ...rest.headers }, timeoutMs: rest.timeoutMs ?? 15_000 });
  } catch (e) {
    if (isFailure(e)) throw e; // the host's own refusals (host not allowed) are classed already
    throw failure('retryable', `shop unreachable: ${(e as Error)?.message ?? String(e)}`);
  }
  const errorClass = classOfStatus(res.status);
  if (errorClass) {
    const seconds = Number(res.headers['retry-after']);
    throw failure(errorClass, `shop answered HTTP ${res.status}`, Number.isFinite(seconds) ? { retryAfterMs: seconds * 1000 } : {});
  }
  if (typeof res.body !== 'object' || res.body === null) throw failure('permanent', `shop answered HTTP ${res.status} without JSON`);
  return res.body as T;
}
