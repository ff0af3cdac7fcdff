import type { Knex } from 'knex';
import { ROLES, type Role } from '../http/route-spec.js';
import { createUser, ensureTenant } from '../users/users.js';

export const DEMO_TENANT = 'demo';
export const DEMO_PASSWORD = 'demo1234';
export const DEMO_ROLES: Role[] = [...ROLES];
export const demoEmail = (role: Role) => `${role}@${DEMO_TENANT}.test`;

/**
 * Demo mode only (embedded PostgreSQL, no DATABASE_URL): the `demo` tenant with one user per role.
 * Idempotent: returns created=false and changes nothing when the tenant exists (second start).
 */
export async function seedDemo(db: Knex): Promise<{ created: boolean; tenantId: string }> {
  return db.transaction(async (tx) => {
    const tenant = await ensureTenant(tx, DEMO_TENANT, 'Demo Company');
    if (!tenant.created) return { created: false, tenantId: tenant.id };
    for (const role of DEMO_ROLES) {
      const name = `Demo ${role[0].toUpperCase()}${role.slice(1)}`;
      await createUser(tx, { tenantId: tenant.id, email: demoEmail(role), name, role, password: DEMO_PASSWORD });
    }
    return { created: true, tenantId: tenant.id };
  });
}
