import type { Middleware } from 'koa';
import type { Logger } from 'pino';

/** One structured line per request. */
export function requestLog(logger: Logger): Middleware {
  return async (ctx, next) => {
    const start = performance.now();
    try {
      await next();
    } finally {
      logger.info(
        {
          requestId: ctx.state.requestId,
          method: ctx.method,
          path: ctx.path,
          status: ctx.status,
          ms: Math.round((performance.now() - start) * 10) / 10,
          ip: ctx.ip,
        },
        'request',
      );
    }
  };
}
