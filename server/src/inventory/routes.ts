import { channels } from '../catalog/channels.js';
import { crudRoutes } from '../catalog/crud-routes.js';
import { locations } from '../catalog/locations.js';
import { products } from '../catalog/products.js';
import type { RouteSpec } from '../http/route-spec.js';
import { routes as importRoutes } from '../imports/routes.js';
import { routes as settingsRoutes } from '../settings/routes.js';
import { routes as stockRoutes } from './stock-routes.js';

/** Catalog (products, locations, channels), tenant settings, stock and CSV imports. */
export const routes: RouteSpec[] = [
  ...crudRoutes(products),
  ...crudRoutes(locations),
  ...crudRoutes(channels),
  ...settingsRoutes,
  ...stockRoutes,
  ...importRoutes,
];
