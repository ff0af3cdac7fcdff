import type { Knex } from 'knex';
import Koa from 'koa';
import compress from 'koa-compress';
import type { Registry } from 'prom-client';
import pino, { type Logger } from 'pino';
import type { Clock } from '@oms/runtime';
import { loadConfig, type AppConfig } from './config.js';
import { docs } from './http/docs.js';
import { errorMiddleware } from './http/error-middleware.js';
import { requestId } from './http/request-id.js';
import { requestLog } from './http/request-log.js';
import { securityHeaders } from './http/security-headers.js';
import type { AppDeps, RouteSpec } from './http/route-spec.js';
import { buildRouter } from './http/router.js';
import { allRoutes } from './http/routes.js';
import { staticDesigner } from './http/static.js';
import { createMetrics } from './ops/metrics.js';
import { createInProcessPluginHost } from './plugins/in-process-host.js';
import type { PluginRunner } from './plugins/host/runner-types.js';
import type { PluginHost } from './plugins/plugin-host.js';
import { createDefaultPlatformHost } from './plugins/platform/default-platform.js';

export interface CreateAppDeps {
  db: Knex;
  logger?: Logger;
  config?: AppConfig;
  clock?: Clock;
  /** Default: the plugin platform (installed plugins through `pluginRunner`, `demo.*` in process). */
  pluginHost?: PluginHost;
  /** The runner of installed plugins; default p1's child-process runner (createProcessRunner). */
  pluginRunner?: PluginRunner;
}

const systemClock: Clock = { now: () => Date.now() };

export type App = Koa & { deps: AppDeps; routes: RouteSpec[]; metrics: Registry };

/** The Koa app (never listens; main.ts and tests do). Its metrics are served elsewhere (ops/metrics-server.ts). */
export function createApp(input: CreateAppDeps): App {
  const config = input.config ?? loadConfig();
  const clock = input.clock ?? systemClock;
  const logger = input.logger ?? pino({ level: config.logLevel });
  const deps: AppDeps = {
    db: input.db,
    logger,
    config,
    clock,
    pluginHost: input.pluginHost ?? createDefaultPlatformHost({
      db: input.db, clock, logger, dataDir: config.dataDir, runner: input.pluginRunner,
      inProcess: createInProcessPluginHost(input.db, { clock }),
    }),
  };
  const app = new Koa({ proxy: config.trustProxy, maxIpsCount: config.trustedProxies }) as App;
  app.silent = true; // errors are logged by errorMiddleware, once
  const metrics = createMetrics();
  const router = buildRouter(allRoutes, deps);
  app.use(requestId());
  app.use(requestLog(deps.logger));
  app.use(metrics.measure);
  app.use(securityHeaders());
  app.use(compress()); // brotli or gzip by Accept-Encoding, for JSON and the designer's files alike
  app.use(errorMiddleware(deps.logger));
  app.use(router.routes());
  app.use(router.allowedMethods());
  app.use(docs());
  app.use(staticDesigner(config.staticDir));
  app.deps = deps;
  app.routes = allRoutes;
  app.metrics = metrics.registry;
  return app;
}
