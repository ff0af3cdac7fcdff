import type { Middleware } from 'koa';
import type { Logger } from 'pino';
import { HttpError } from './errors.js';

/** Renders every fault in one shape. Unknown errors become 500 `internal` with no stack or SQL in the body. */
export function errorMiddleware(logger: Logger): Middleware {
  return async (ctx, next) => {
    try {
      await next();
      if (ctx.path.startsWith('/api/') && ctx.body == null) {
        if (ctx.status === 404) throw new HttpError(404, 'not-found', 'No such endpoint');
        if (ctx.status === 405) throw new HttpError(405, 'request.method-not-allowed', 'Method not allowed', { headers: { Allow: ctx.response.get('Allow') } });
      }
    } catch (err) {
      const requestId = String(ctx.state.requestId ?? '');
      const e = toHttpError(err);
      if (e.status >= 500) logger.error({ err, requestId }, 'request failed');
      ctx.status = e.status;
      for (const [k, v] of Object.entries(e.headers ?? {})) ctx.set(k, v);
      ctx.body = errorBody(e, requestId);
    }
  };
}

/** The one error body shape (also stored verbatim by idempotent routes). */
export function errorBody(e: HttpError, requestId: string) {
  return {
    error: {
      code: e.code,
      message: e.message,
      ...(e.path !== undefined ? { path: e.path } : {}),
      ...(e.details !== undefined ? { details: e.details } : {}),
      requestId,
    },
  };
}

export function toHttpError(err: unknown): HttpError {
  if (err instanceof HttpError) return err;
  // Koa/http-errors style client errors (e.g. malformed cookies) keep their status but not their internals.
  const status = (err as { status?: number; expose?: boolean })?.status;
  if (typeof status === 'number' && status >= 400 && status < 500 && (err as { expose?: boolean }).expose) {
    return new HttpError(status, 'request.invalid', (err as Error).message);
  }
  return new HttpError(500, 'internal', 'Internal server error');
}
