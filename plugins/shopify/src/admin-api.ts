import { failure, isFailure } from '@oms-plugin/kit';
import { retryAfterSeconds } from './retry-after.js';
import { DEFAULT_API_VERSION, type Ctx } from './types.js';

interface GqlError {
  message: string;
  extensions?: { code?: string };
}

export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

interface GqlBody<T> {
  data?: T;
  errors?: GqlError[] | string;
  extensions?: { cost?: { requestedQueryCost?: number; actualQueryCost?: number | null; throttleStatus?: ThrottleStatus } };
}

export function graphqlUrl(ctx: Ctx): string {
  const base = ctx.config.shopUrl.replace(/\/+$/, '');
  return `${base}/admin/api/${ctx.config.apiVersion ?? DEFAULT_API_VERSION}/graphql.json`;
}

/**
 * How long until the leaky bucket holds the points the query asked for: (requested − available) / restoreRate,
 * at least one second, so the host's retry finds room.
 */
export function throttleWaitMs(requested: number | undefined, t: ThrottleStatus | undefined): number | undefined {
  if (!t || !(t.restoreRate > 0)) return undefined;
  const missing = Math.max(0, (requested ?? t.maximumAvailable / 2) - t.currentlyAvailable);
  return Math.max(1000, Math.ceil((missing / t.restoreRate) * 1000));
}

/**
 * One GraphQL Admin API call. Shopify rate-limits by query cost: a throttled call answers HTTP 200 with a
 * THROTTLED error and `extensions.cost.throttleStatus` → rate-limited with the wait the bucket needs.
 * 401/403 and ACCESS_DENIED → auth; 429 → rate-limited (Retry-After); 5xx, 408 and network faults → retryable;
 * other errors → permanent. Mutation `userErrors` are business answers: the caller reads them.
 */
export async function adminRequest<T>(ctx: Ctx, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const headers = { 'x-shopify-access-token': ctx.credentials.accessToken ?? '', accept: 'application/json' };
  let res;
  try {
    res = await ctx.http.request({ method: 'POST', url: graphqlUrl(ctx), headers, body: { query, variables }, timeoutMs: 20_000 });
  } catch (e) {
    if (isFailure(e)) throw e;
    throw failure('retryable', `Shopify unreachable: ${(e as Error)?.message ?? String(e)}`);
  }
  const { status } = res;
  if (status === 401 || status === 403) throw failure('auth', `Shopify refused the access token (HTTP ${status})`);
  if (status === 429) throw failure('rate-limited', 'Shopify rate limit (HTTP 429)', { retryAfterMs: retryAfterSeconds(res.headers['retry-after']) ?? 1000 });
  if (status >= 500 || status === 408) throw failure('retryable', `Shopify answered HTTP ${status}`);
  const body = res.body as GqlBody<T> | string;
  if (typeof body !== 'object' || body === null) throw failure(status >= 400 ? 'permanent' : 'retryable', `Shopify answered HTTP ${status} without JSON`);
  const errors = typeof body.errors === 'string' ? [{ message: body.errors }] : (body.errors ?? []);
  const codes = errors.map((e) => e.extensions?.code ?? '');
  if (codes.includes('THROTTLED')) {
    const cost = body.extensions?.cost;
    throw failure('rate-limited', 'Shopify throttled the query (cost budget spent)', {
      retryAfterMs: throttleWaitMs(cost?.requestedQueryCost, cost?.throttleStatus) ?? 1000,
      details: { throttleStatus: cost?.throttleStatus },
    });
  }
  if (codes.includes('ACCESS_DENIED')) throw failure('auth', `Shopify: ${errors[0].message}`);
  if (codes.includes('INTERNAL_SERVER_ERROR')) throw failure('retryable', `Shopify: ${errors[0].message}`);
  if (errors.length || status >= 400) throw failure('permanent', `Shopify GraphQL error: ${errors.map((e) => e.message).join('; ') || `HTTP ${status}`}`);
  return body.data as T;
}

export interface UserError {
  field?: string[] | null;
  message: string;
  code?: string | null;
}
