import { stat } from 'node:fs/promises';
import path from 'node:path';
import { send } from '@koa/send';
import type { Middleware } from 'koa';

/** The built designer; any non-API GET that is not a file gets index.html (client-side routing). */
export function staticDesigner(root: string): Middleware {
  return async (ctx, next) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || ctx.path.startsWith('/api/') || ctx.path === '/api') {
      return next();
    }
    const index = path.join(root, 'index.html');
    if (!(await stat(index).then(() => true, () => false))) return next();
    try {
      const served = await send(ctx, ctx.path, { root, index: 'index.html', maxage: 3600_000, immutable: false });
      if (served) return;
    } catch (err) {
      if ((err as { status?: number }).status !== 404) throw err;
    }
    ctx.set('Cache-Control', 'no-cache');
    await send(ctx, 'index.html', { root });
  };
}
