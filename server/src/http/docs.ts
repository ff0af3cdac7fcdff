import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Middleware } from 'koa';

const assetsDir = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'application/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'application/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>OMS Studio API</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`;

const INIT = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true });`;

/** Swagger UI from the installed swagger-ui-dist package: no CDN, works offline. */
export function docs(): Middleware {
  return async (ctx, next) => {
    if (ctx.method !== 'GET' || !ctx.path.startsWith('/api/docs')) return next();
    const rest = ctx.path.slice('/api/docs'.length).replace(/^\//, '');
    if (rest === '') {
      ctx.type = 'text/html; charset=utf-8';
      ctx.body = PAGE;
    } else if (rest === 'init.js') {
      ctx.type = 'application/javascript; charset=utf-8';
      ctx.body = INIT;
    } else if (ASSETS[rest]) {
      ctx.type = ASSETS[rest];
      ctx.set('Cache-Control', 'public, max-age=86400');
      ctx.body = await readFile(path.join(assetsDir, rest));
    } else return next();
  };
}
