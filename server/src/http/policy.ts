import type { Role } from './route-spec.js';

/**
 * Who may call what, keyed by `METHOD path` exactly as the route declares it. Deny by default: a route
 * missing here answers 403 auth.no-policy (and the role-matrix test fails).
 * 'public' needs no credentials; 'authenticated' admits any role.
 */
export type PolicyEntry = readonly Role[] | 'public' | 'authenticated';

const ADMIN: readonly Role[] = ['admin'];
const DESIGN: readonly Role[] = ['admin', 'analyst'];

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
};

export function allows(entry: PolicyEntry, role: Role | null): boolean {
  if (entry === 'public') return true;
  if (role === null) return false;
  return entry === 'authenticated' || entry.includes(role);
}
