import { routes as auditRoutes } from '../audit/routes.js';
import { routes as authRoutes } from '../auth/routes.js';
import { routes as definitionRoutes } from '../definitions/routes.js';
import { routes as kpiRoutes } from '../kpis/routes.js';
import { routes as simulateRoutes } from '../simulate/routes.js';
import { routes as orderActionRoutes } from '../orders/actions/routes.js';
import { routes as shipmentRoutes } from '../shipments/routes.js';
import { routes as returnRoutes } from '../returns/routes.js';
import { routes as flowRoutes } from '../flows/routes.js';
import { routes as healthRoutes } from '../ops/health.js';
import { routes as inventoryRoutes } from '../inventory/routes.js';
import { routes as intakeInboxRoutes } from '../intake/all-routes.js';
import { routes as releaseRoutes } from '../releases/routes.js';
import { routes as releasePolicyRoutes } from '../releases/policy-routes.js';
import { routes as apiKeyRoutes } from '../users/api-key-routes.js';
import { routes as userRoutes } from '../users/routes.js';
import { routes as portalRoutes } from '../portal/routes.js';
import { routes as pluginRoutes } from '../plugins/routes.js';
import { routes as addressRoutes } from '../addresses/routes.js';
import { routes as capabilityRoutes } from '../capabilities/routes.js';
import { buildOpenApi } from './openapi.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

const openApiRoute = defineRoute({
  method: 'get',
  path: '/api/openapi.json',
  operationId: 'openapi',
  summary: 'This API description (OpenAPI 3.1)',
  tags: ['ops'],
  responses: { 200: { description: 'OpenAPI document', schema: { type: 'object' } } },
  async handler() {
    return { body: buildOpenApi(allRoutes) };
  },
});

/** Every API route of the app, in mount order. Tests derive the role matrix and OpenAPI checks from this list. */
export const allRoutes: RouteSpec[] = [
  ...healthRoutes,
  openApiRoute,
  ...authRoutes,
  ...userRoutes,
  ...apiKeyRoutes,
  ...auditRoutes,
  ...definitionRoutes,
  ...releaseRoutes,
  ...releasePolicyRoutes,
  ...inventoryRoutes,
  ...flowRoutes,
  ...intakeInboxRoutes,
  ...kpiRoutes,
  ...simulateRoutes,
  ...orderActionRoutes,
  ...shipmentRoutes,
  ...returnRoutes,
  ...portalRoutes,
  ...pluginRoutes,
  ...addressRoutes,
  ...capabilityRoutes,
];
