import Router from '@koa/router';
import type { Context } from 'koa';
import { resolveAuth, type ResolvedAuth } from '../auth/resolve.js';
import { safeEqual } from '../auth/tokens.js';
import { readJsonBody, readTextBody } from './body.js';
import { HttpError } from './errors.js';
import { runIdempotent } from './idempotency.js';
import { allows, policy as defaultPolicy, type PolicyEntry } from './policy.js';
import { policyKey, type AppDeps, type AuthInfo, type RouteContext, type RouteSpec } from './route-spec.js';
import { checkStrings } from './string-hygiene.js';
import { check, compile } from './validate.js';

const SAFE_METHODS = new Set(['get', 'head', 'options']);

/** Mount RouteSpecs: policy → authentication → CSRF → role → body hygiene → schema validation → handler. */
export function buildRouter(
  routes: RouteSpec[],
  deps: AppDeps,
  policy: Record<string, PolicyEntry> = defaultPolicy,
): Router {
  const router = new Router();
  for (const route of routes) {
    const v = {
      params: route.params && compile(route.params, 'params'),
      query: route.query && compile(route.query, 'query'),
      body: route.body && compile(route.body, 'body'),
    };
    router[route.method](route.operationId, route.path, async (ctx) => {
      const entry = policy[policyKey(route)];
      if (!entry) throw new HttpError(403, 'auth.no-policy', 'No access policy for this route');
      const auth = await resolveAuth(ctx, deps);
      authorize(ctx, route, entry, auth);
      let body = route.textBody ? await readTextBody(ctx, route.textBody) : await readJsonBody(ctx, deps.config.maxBodyBytes);
      if (body !== undefined && !route.body && !route.textBody) {
        throw new HttpError(400, 'request.unknown-field', 'This endpoint takes no request body', { path: '' });
      }
      // Strings PostgreSQL cannot store are refused before any schema or SQL sees them, in every part.
      const params = { ...ctx.params };
      const query = { ...(ctx.query as Record<string, unknown>) };
      checkStrings(params, 'params');
      checkStrings(query, 'query');
      if (!Buffer.isBuffer(body)) checkStrings(body, 'body');
      if (v.body) {
        // No body at all means `{}`; an explicit JSON `null` is a body, and a wrong one.
        if (body === null) throw new HttpError(400, 'request.invalid', 'Request body must not be null', { path: '', details: { in: 'body' } });
        body ??= {};
        check(v.body, body, 'body');
      }
      if (v.params) check(v.params, params, 'params');
      if (v.query) check(v.query, query, 'query');
      else if (Object.keys(query).length > 0) {
        const first = Object.keys(query)[0];
        throw new HttpError(400, 'request.unknown-field', `Unknown query parameter ${first}`, {
          path: `/${first}`,
          details: { in: 'query' },
        });
      }
      const rc = routeContext(ctx, deps, auth, { params, query, body });
      if (route.idempotency && auth) return runIdempotent(ctx, deps, route, rc, auth);
      const result = await route.handler(rc);
      ctx.status = result?.status ?? (result?.body === undefined ? 204 : 200);
      for (const [k, val] of Object.entries(result?.headers ?? {})) ctx.set(k, val);
      if (result?.body !== undefined) ctx.body = result.body;
    });
  }
  return router;
}

function authorize(ctx: Context, route: RouteSpec, entry: PolicyEntry, auth: ResolvedAuth | null): void {
  if (entry === 'public') return;
  if (!auth) throw new HttpError(401, 'auth.required', 'Authentication required');
  if (auth.via === 'session' && !SAFE_METHODS.has(route.method)) {
    const sent = ctx.get('x-csrf-token');
    if (!sent || !auth.csrfToken || !safeEqual(sent, auth.csrfToken)) {
      throw new HttpError(403, 'auth.csrf', 'Missing or wrong X-CSRF-Token header');
    }
  }
  if (!allows(entry, auth.role)) throw new HttpError(403, 'auth.forbidden', 'Your role may not do this');
}

function routeContext(
  ctx: Context,
  deps: AppDeps,
  resolved: ResolvedAuth | null,
  input: { params: unknown; query: unknown; body: unknown },
): RouteContext {
  const auth: AuthInfo | null = resolved && {
    tenantId: resolved.tenantId,
    userId: resolved.userId,
    role: resolved.role,
    via: resolved.via,
    ...(resolved.sessionId ? { sessionId: resolved.sessionId } : {}),
    ...(resolved.apiKeyId ? { apiKeyId: resolved.apiKeyId } : {}),
  };
  return {
    ctx,
    deps,
    get auth(): AuthInfo {
      if (!auth) throw new HttpError(401, 'auth.required', 'Authentication required');
      return auth;
    },
    optionalAuth: auth,
    requestId: String(ctx.state.requestId),
    ip: ctx.ip || null,
    ...input,
    locale: /^zh/i.test(ctx.get('accept-language')) ? 'zh-CN' : 'en',
  } as RouteContext;
}
