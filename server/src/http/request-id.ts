import type { Middleware } from 'koa';
import { v7 as uuidv7 } from 'uuid';

const SANE = /^[A-Za-z0-9._:-]{1,128}$/;

/** Accept a caller's X-Request-Id when it is short and plain (log-safe), else mint one; echo it back. */
export function requestId(): Middleware {
  return async (ctx, next) => {
    const incoming = ctx.get('x-request-id');
    const id = SANE.test(incoming) ? incoming : uuidv7();
    ctx.state.requestId = id;
    ctx.set('X-Request-Id', id);
    await next();
  };
}
