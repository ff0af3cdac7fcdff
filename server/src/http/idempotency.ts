import { createHash } from 'node:crypto';
import type { Context } from 'koa';
import { canonicalJson } from '@oms/runtime';
import {
  claimKey,
  recordResponse,
  recordStatement,
  releaseKey,
  type IdempotencyScope,
  type StoredResponse,
} from '../idempotency/idempotency-store.js';
import { errorBody, toHttpError } from './error-middleware.js';
import { HttpError } from './errors.js';
import type { AppDeps, AuthInfo, RouteContext, RouteResult, RouteSpec } from './route-spec.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** Given to handlers of idempotent routes: record the answer inside the business transaction. */
export interface IdempotencyHandle {
  key: string;
  record(trx: Parameters<typeof recordResponse>[0], result: RouteResult): Promise<void>;
  /** The record as a statement to fold into the caller's own (see recordStatement); counts as recorded. */
  statement(result: RouteResult): { sql: string; bindings: Record<string, unknown> };
}

/** What the router sends: status, headers and the exact body text. */
export function toStored(result: RouteResult | void): StoredResponse {
  const status = result?.status ?? (result?.body === undefined ? 204 : 200);
  const body = result?.body === undefined ? null : JSON.stringify(result.body);
  return { status, headers: { ...(result?.headers ?? {}) }, body };
}

export function send(ctx: Context, res: StoredResponse): void {
  ctx.status = res.status;
  for (const [k, v] of Object.entries(res.headers)) ctx.set(k, v);
  if (res.body !== null) {
    ctx.body = res.body;
    ctx.type = 'application/json';
  }
}

/**
 * Stripe semantics for routes that declare `idempotency`: the first request with a key runs and its answer
 * (success or 4xx error) is stored; the same key and request replay the stored bytes; another request under
 * the key is 422; one still running is 409. A 5xx frees the key (the effect rolled back), so a retry runs again.
 * Body and query are compared in canonical JSON, so key order and whitespace do not matter.
 */
export async function runIdempotent(
  ctx: Context,
  deps: AppDeps,
  route: RouteSpec,
  rc: RouteContext,
  auth: AuthInfo,
): Promise<void> {
  const key = ctx.get(IDEMPOTENCY_HEADER);
  if (!key) {
    if (route.idempotency === 'required') {
      throw new HttpError(400, 'idempotency.key-required', 'This endpoint needs an Idempotency-Key header', {
        details: { in: 'header', name: 'Idempotency-Key' },
      });
    }
    return send(ctx, toStored(await route.handler(rc)));
  }
  if (!KEY_PATTERN.test(key)) {
    throw new HttpError(400, 'idempotency.key-invalid', 'Idempotency-Key must be 1-255 visible ASCII characters', {
      details: { in: 'header', name: 'Idempotency-Key' },
    });
  }
  const scope: IdempotencyScope = {
    tenantId: auth.tenantId,
    // An API key is its own principal even where it acts for its owner: two integrations never share keys.
    principal: auth.apiKeyId ? `key:${auth.apiKeyId}` : `user:${auth.userId}`,
    key,
  };
  const hash = requestHash(route.method, ctx.path, rc.query, rc.body);
  const claim = await claimKey(deps.db, scope, { method: route.method, path: ctx.path, hash, now: deps.clock.now() });
  if (claim.kind === 'replay') {
    send(ctx, claim.response);
    ctx.set('Idempotent-Replayed', 'true');
    return;
  }
  if (claim.kind === 'mismatch') {
    throw new HttpError(422, 'idempotency.key-reused', 'This Idempotency-Key was used for a different request');
  }
  if (claim.kind === 'in-flight') {
    throw new HttpError(409, 'idempotency.in-flight', 'A request with this Idempotency-Key is still being processed');
  }
  // `recorded`: written in the handler's transaction (committed, as far as we know); `pending`: folded into the
  // handler's own statement, which counts only if the handler then answers exactly that (its transaction may
  // have rolled back and taken another path, e.g. a dedupe race that answers with the other order).
  let recorded: StoredResponse | null = null;
  let pending: StoredResponse | null = null;
  const handle: IdempotencyHandle = {
    key,
    async record(trx, result) {
      const stored = toStored(result);
      await recordResponse(trx, scope, stored);
      recorded = stored;
    },
    statement(result) {
      pending = toStored(result);
      return recordStatement(scope, pending);
    },
  };
  let stored: StoredResponse;
  try {
    const result = await route.handler({ ...rc, idempotency: handle } as RouteContext);
    stored = toStored(result);
    const done = recorded ?? pending;
    if (!done || !sameResponse(done, stored)) await recordResponse(deps.db, scope, stored);
  } catch (err) {
    const e = toHttpError(err);
    if (e.status >= 500) {
      await releaseKey(deps.db, scope);
      throw err;
    }
    stored = { status: e.status, headers: { ...(e.headers ?? {}) }, body: JSON.stringify(errorBody(e, rc.requestId)) };
    await recordResponse(deps.db, scope, stored);
  }
  send(ctx, stored);
}

const sameResponse = (a: StoredResponse, b: StoredResponse) =>
  a.status === b.status && a.body === b.body && JSON.stringify(a.headers) === JSON.stringify(b.headers);

function requestHash(method: string, path: string, query: unknown, body: unknown): string {
  return createHash('sha256').update(`${method} ${path}\n${canonicalJson(query)}\n${canonicalJson(body ?? null)}`).digest('hex');
}
