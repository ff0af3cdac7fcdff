import type { Knex } from 'knex';
import Koa from 'koa';
import pino, { type Logger } from 'pino';
import type { Clock } from '@oms/runtime';
import { loadConfig, type AppConfig } from './config.js';
import { docs } from './http/docs.js';
import { errorMiddleware } from './http/error-middleware.js';
import { requestId } from './http/request-id.js';
import { requestLog } from './http/request-log.js';
import type { AppDeps, RouteSpec } from './http/route-spec.js';
import { buildRouter } from './http/router.js';
import { allRoutes } from './http/routes.js';
import { staticDesigner } from './http/static.js';
import { createMetrics } from './ops/metrics.js';
import { createInProcessPluginHost } from './plugins/in-process-host.js';
import type { PluginHost } from './plugins/plugin-host.js';

export interface CreateAppDeps {
  db: Knex;
  logger?: Logger;
  config?: AppConfig;
  clock?: Clock;
  /** Default: the in-process host with the `demo.*` capabilities. */
  pluginHost?: PluginHost;
}

const systemClock: Clock = { now: () => Date.now() };

/** The Koa app (never listens; main.ts and tests do). */
export function createApp(input: CreateAppDeps): Koa & { deps: AppDeps; routes: RouteSpec[] } {
  const config = input.config ?? loadConfig();
  const clock = input.clock ?? systemClock;
  const deps: AppDeps = {
    db: input.db,
    logger: input.logger ?? pino({ level: config.logLevel }),
    config,
    clock,
    pluginHost: input.pluginHost ?? createInProcessPluginHost(input.db, { clock }),
  };
  const app = new Koa({ proxy: config.trustProxy }) as Koa & { deps: AppDeps; routes: RouteSpec[] };
  app.silent = true; // errors are logged by errorMiddleware, once
  const metrics = createMetrics();
  const router = buildRouter(allRoutes, deps);
  app.use(requestId());
  app.use(requestLog(deps.logger));
  app.use(metrics.measure);
  app.use(metrics.serve);
  app.use(errorMiddleware(deps.logger));
  app.use(router.routes());
  app.use(router.allowedMethods());
  app.use(docs());
  app.use(staticDesigner(config.staticDir));
  app.deps = deps;
  app.routes = allRoutes;
  return app;
}
