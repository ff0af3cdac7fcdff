import type { RouteSpec } from '../http/route-spec.js';
import { routes as intakeRoutes } from './routes.js';

/** Intake, forms, the order console's read API and the approvals inbox, in mount order. */
export const routes: RouteSpec[] = [...intakeRoutes];
