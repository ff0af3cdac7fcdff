import type { Role } from './route-spec.js';

/**
 * Who may call what, keyed by `METHOD path` exactly as the route declares it. Deny by default: a route
 * missing here answers 403 auth.no-policy (and the role-matrix test fails).
 * 'public' needs no credentials; 'authenticated' admits any role.
 */
export type PolicyEntry = readonly Role[] | 'public' | 'authenticated';

const ADMIN: readonly Role[] = ['admin'];
const DESIGN: readonly Role[] = ['admin', 'analyst'];
const CATALOG_READ: readonly Role[] = ['admin', 'operator', 'analyst'];
const STOCK_WRITE: readonly Role[] = ['admin', 'operator'];
const OPERATE: readonly Role[] = ['admin', 'operator'];
const ORDER_DESK: readonly Role[] = ['admin', 'operator'];
const FORM_FILLERS: readonly Role[] = ['admin', 'operator', 'customer'];

export const policy: Record<string, PolicyEntry> = {
  // ops & docs
  'GET /api/health': 'public',
  'GET /api/openapi.json': 'public',
  // auth
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'authenticated',
  'GET /api/auth/me': 'authenticated',
  'POST /api/auth/password': 'authenticated', // sessions only: the handler refuses API keys
  // users, API keys, audit
  'GET /api/users': ADMIN,
  'POST /api/users': ADMIN,
  'PATCH /api/users/:id': ADMIN,
  'GET /api/api-keys': ADMIN,
  'POST /api/api-keys': ADMIN,
  'DELETE /api/api-keys/:id': ADMIN,
  'GET /api/audit': ADMIN,
  // definitions
  'GET /api/definitions': DESIGN,
  'POST /api/definitions': DESIGN,
  'GET /api/definitions/:kind/:key': DESIGN,
  'PUT /api/definitions/:kind/:key/draft': DESIGN,
  'POST /api/definitions/:kind/:key/validate': DESIGN,
  'POST /api/definitions/:kind/:key/publish': DESIGN,
  'POST /api/definitions/:kind/:key/archive': DESIGN,
  'GET /api/definitions/:kind/:key/versions': DESIGN,
  'GET /api/definitions/:kind/:key/versions/:n': DESIGN,
  'PUT /api/definitions/:kind/:key/versions/:n': DESIGN, // always 409: published versions are immutable
  'GET /api/definitions/:kind/:key/diff': DESIGN,
  // releases
  'GET /api/releases': DESIGN,
  'POST /api/releases': DESIGN,
  'GET /api/releases/:id': DESIGN,
  'GET /api/releases/:id/export': DESIGN,
  'POST /api/releases/import': DESIGN,
  // release policy (d2): maker-checker is the admin's to switch; designers may read it
  'GET /api/release-policy': DESIGN,
  'PUT /api/release-policy': ADMIN,
  // catalog, settings, stock, imports (inventory): analysts read locations and stock to design routing
  'GET /api/products': CATALOG_READ,
  'POST /api/products': STOCK_WRITE,
  'GET /api/products/:sku': CATALOG_READ,
  'PATCH /api/products/:sku': STOCK_WRITE,
  'DELETE /api/products/:sku': STOCK_WRITE,
  'GET /api/locations': CATALOG_READ,
  'POST /api/locations': ADMIN,
  'GET /api/locations/:id': CATALOG_READ,
  'PATCH /api/locations/:id': ADMIN,
  'DELETE /api/locations/:id': ADMIN,
  'GET /api/channels': CATALOG_READ,
  'POST /api/channels': ADMIN,
  'GET /api/channels/:id': CATALOG_READ,
  'PATCH /api/channels/:id': ADMIN,
  'DELETE /api/channels/:id': ADMIN,
  'GET /api/settings': 'authenticated', // time zone, currency, language: every screen formats dates and amounts with them
  'PUT /api/settings': ADMIN,
  'GET /api/stock': CATALOG_READ,
  'POST /api/stock/adjustments': STOCK_WRITE,
  'GET /api/stock/movements': CATALOG_READ,
  'POST /api/imports': STOCK_WRITE, // location files: admin only, checked by the handler
  'GET /api/imports/:id': CATALOG_READ,
  'GET /api/imports/:id/errors.csv': CATALOG_READ,
  // durable flows: exception handling (f2a)
  'POST /api/orders/:id/retry': ['admin', 'operator'],
  'POST /api/orders/:id/skip': ['admin', 'operator'],
  // dashboards (g-ops)
  'GET /api/kpis': ['admin', 'analyst', 'operator'],
  // simulation: test runs and routing replays (g-ops)
  'POST /api/simulate': DESIGN,
  'POST /api/simulate/replay': DESIGN,
  // order console actions (g-ops)
  'POST /api/orders/:id/hold': OPERATE,
  'POST /api/orders/:id/release': OPERATE,
  'POST /api/orders/:id/cancel': OPERATE,
  'POST /api/orders/:id/reroute': OPERATE,
  'POST /api/orders/:id/split': OPERATE,
  'POST /api/orders/merge': OPERATE,
  // shipments and returns (g-ops)
  'POST /api/shipments': OPERATE,
  'GET /api/shipments': OPERATE,
  'POST /api/returns': OPERATE,
  'POST /api/returns/:id/receive': OPERATE,
  'GET /api/returns/:id': OPERATE,
  // intake, forms, order console (read), approvals inbox (helper f2b)
  'POST /api/orders': ORDER_DESK,
  'GET /api/orders': ORDER_DESK,
  'GET /api/orders/:id': ORDER_DESK,
  'POST /api/orders/:id/withdraw': 'authenticated', // the submitter only (checked per order)
  'GET /api/forms': FORM_FILLERS,
  'GET /api/forms/:key': FORM_FILLERS,
  'POST /api/forms/:key/submit': FORM_FILLERS,
  'GET /api/tasks': 'authenticated', // "mine": rows filtered by user and role
  'GET /api/tasks/:id': 'authenticated',
  'POST /api/tasks/:id/claim': 'authenticated',
  'POST /api/tasks/:id/unclaim': 'authenticated',
  'POST /api/tasks/:id/approve': 'authenticated',
  'POST /api/tasks/:id/reject': 'authenticated',
  'POST /api/tasks/:id/return': 'authenticated',
  'POST /api/tasks/:id/reassign': 'authenticated',
  'POST /api/tasks/:id/delegate': 'authenticated',
  'POST /api/tasks/:id/add-approver': 'authenticated',
  'POST /api/tasks/:id/comment': 'authenticated',
  // end-user portal: my orders and the SKU picker's catalogue (w1); rows filtered to the caller's own orders
  'GET /api/my/orders': FORM_FILLERS,
  'GET /api/my/orders/:id': FORM_FILLERS,
  'GET /api/my/catalog': FORM_FILLERS,
  // portal address picker (w10): a customer's own previous ship-to addresses; order desk staff the tenant's
  'GET /api/addresses': FORM_FILLERS,
  // flow designer's action picker (d9b): the capabilities the flow engine can call for the tenant
  'GET /api/capabilities': DESIGN,
  // plugin platform (p2): admin only; hooks authenticate by the manifest's signature, with no session or CSRF
  'GET /api/plugins': ADMIN,
  'POST /api/plugins/upload': ADMIN,
  'GET /api/installations': ADMIN,
  'POST /api/installations': ADMIN,
  'GET /api/installations/:id': ADMIN,
  'PATCH /api/installations/:id': ADMIN,
  'DELETE /api/installations/:id': ADMIN,
  'PUT /api/installations/:id/credentials': ADMIN,
  'POST /api/installations/:id/test': ADMIN,
  'POST /api/installations/:id/sync': ADMIN,
  'GET /api/installations/:id/health': ADMIN,
  'GET /api/dead-letters': ADMIN,
  'POST /api/dead-letters/:id/replay': ADMIN,
  'POST /api/hooks/:installationId': 'public',
};

export function allows(entry: PolicyEntry, role: Role | null): boolean {
  if (entry === 'public') return true;
  if (role === null) return false;
  return entry === 'authenticated' || entry.includes(role);
}
