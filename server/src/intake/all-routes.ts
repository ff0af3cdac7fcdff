import type { RouteSpec } from '../http/route-spec.js';
import { routes as formRoutes } from '../forms/routes.js';
import { routes as orderConsoleRoutes } from '../orders/console/routes.js';
import { routes as withdrawRoutes } from '../orders/withdraw.js';
import { routes as taskRoutes } from '../tasks/routes.js';
import { routes as intakeRoutes } from './routes.js';

/** Intake, forms, the order console's read API and the approvals inbox, in mount order. */
export const routes: RouteSpec[] = [...intakeRoutes, ...orderConsoleRoutes, ...withdrawRoutes, ...formRoutes, ...taskRoutes];
