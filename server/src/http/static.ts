import { stat } from 'node:fs/promises';
import path from 'node:path';
import { send } from '@koa/send';
import type { Middleware } from 'koa';

const YEAR_MS = 365 * 24 * 3600_000;
// Vite's content-hashed build output (`/assets/name-[hash].js`): a changed file gets a new name.
const HASHED = /^\/assets\/.+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

/**
 * The built designer; any non-API GET that is not a file gets index.html (client-side routing).
 * Hashed assets are cached for a year and immutable; everything else (index.html above all) is
 * revalidated on every load, so a new deployment is picked up at once. Compression is koa-compress's job.
 */
export function staticDesigner(root: string): Middleware {
  return async (ctx, next) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || ctx.path.startsWith('/api/') || ctx.path === '/api') {
      return next();
    }
    const index = path.join(root, 'index.html');
    if (!(await stat(index).then(() => true, () => false))) return next();
    const hashed = HASHED.test(ctx.path);
    try {
      const served = await send(ctx, ctx.path, hashed ? { root, maxage: YEAR_MS, immutable: true } : { root, index: 'index.html' });
      if (served) {
        ctx.set('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
        return;
      }
    } catch (err) {
      if ((err as { status?: number }).status !== 404) throw err;
    }
    if (hashed) return next(); // a missing hashed asset is a 404, not the app shell
    ctx.set('Cache-Control', 'no-cache');
    await send(ctx, 'index.html', { root });
  };
}
