import type { RouteSpec } from '../http/route-spec.js';
import { catalogRoutes } from './admin/catalog-routes.js';
import { deadLetterRoutes } from './admin/dead-letter-routes.js';
import { installationRoutes } from './admin/installation-routes.js';
import { operateRoutes } from './admin/operate-routes.js';
import { hookRoutes } from './inbound/hook-route.js';

/** The plugin platform's API (issue 11): catalog, upload, installations, operations, dead letters, webhooks. */
export const routes: RouteSpec[] = [...catalogRoutes, ...installationRoutes, ...operateRoutes, ...deadLetterRoutes, ...hookRoutes];
