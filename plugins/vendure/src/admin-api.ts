import { failure, isFailure, retryAfterMs } from '@oms-plugin/kit';
import type { Ctx } from './types.js';

interface GqlError {
  message: string;
  extensions?: { code?: string };
}

const AUTH_CODES = new Set(['FORBIDDEN', 'UNAUTHORIZED']);

export function adminUrl(ctx: Ctx): string {
  const base = ctx.config.baseUrl.replace(/\/+$/, '');
  return `${base}/${(ctx.config.adminApiPath ?? 'admin-api').replace(/^\/+/, '')}`;
}

/**
 * One Admin API call. HTTP and GraphQL failures become classed PluginFailures: 401/403 and Vendure's
 * FORBIDDEN (a wrong API key is served as an anonymous, forbidden request) → auth; 429 → rate-limited with
 * Retry-After; 5xx, 408 and network faults → retryable; anything else → permanent.
 */
export async function adminRequest<T>(ctx: Ctx, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const headers: Record<string, string> = { 'vendure-api-key': ctx.credentials.apiKey ?? '' };
  if (ctx.config.channel) headers['vendure-token'] = ctx.config.channel;
  let res;
  try {
    res = await ctx.http.request({ method: 'POST', url: adminUrl(ctx), headers, body: { query, variables }, timeoutMs: 20_000 });
  } catch (e) {
    if (isFailure(e)) throw e;
    throw failure('retryable', `Vendure unreachable: ${(e as Error)?.message ?? String(e)}`);
  }
  const status = res.status;
  if (status === 401 || status === 403) throw failure('auth', `Vendure refused the credentials (HTTP ${status})`);
  if (status === 429) throw failure('rate-limited', 'Vendure rate limit (HTTP 429)', { retryAfterMs: retryAfterMs(res.headers['retry-after'], ctx.clock.now()) });
  if (status >= 500 || status === 408) throw failure('retryable', `Vendure answered HTTP ${status}`);
  const body = res.body as { data?: T; errors?: GqlError[] } | string;
  if (typeof body !== 'object' || body === null) throw failure(status >= 400 ? 'permanent' : 'retryable', `Vendure answered HTTP ${status} without JSON`);
  const errors = body.errors ?? [];
  if (errors.some((e) => AUTH_CODES.has(e.extensions?.code ?? ''))) throw failure('auth', `Vendure: ${errors[0].message}`);
  if (errors.length || status >= 400) throw failure('permanent', `Vendure GraphQL error: ${errors.map((e) => e.message).join('; ') || `HTTP ${status}`}`);
  return body.data as T;
}

/** Mutations answer `X | ErrorResult`; the caller decides what an error code means. */
export function errorResult(x: unknown): { errorCode: string; message: string } | undefined {
  return typeof x === 'object' && x !== null && 'errorCode' in x ? (x as { errorCode: string; message: string }) : undefined;
}
