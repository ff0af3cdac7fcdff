import type { Knex } from 'knex';
import { policy as defaultPolicy, type PolicyEntry } from '../http/policy.js';
import type { Role } from '../http/route-spec.js';

/**
 * Role `a` covers role `b` when every route the policy table opens to `b` is also open to `a` (a capability
 * subset check, not a fixed ranking, so it stays right as routes are added: today admin covers analyst, and
 * analyst covers the roles that have no routes of their own yet).
 */
export function roleCovers(a: Role, b: Role, policy: Record<string, PolicyEntry> = defaultPolicy): boolean {
  if (a === b) return true;
  return Object.values(policy).every((e) => typeof e === 'string' || !e.includes(b) || e.includes(a));
}

export interface KeyChanges {
  revoked: string[];
  narrowed: string[];
}

/**
 * Keep a user's API keys within what the user may do now, in the caller's transaction. Disabled: every key is
 * revoked (re-enabling brings none back). New role: a key the role still covers stays; a key that covers the
 * role is narrowed to it; a key whose role is neither (capabilities that only partly overlap) is revoked.
 */
export async function fitOwnerKeys(
  trx: Knex | Knex.Transaction,
  o: { tenantId: string; userId: string; role: Role; disabled: boolean; at: Date },
): Promise<KeyChanges> {
  const keys: Array<{ id: string; role: Role }> = await trx('api_keys')
    .where({ tenant_id: o.tenantId, created_by: o.userId })
    .whereNull('revoked_at')
    .forUpdate()
    .select('id', 'role');
  const changes: KeyChanges = { revoked: [], narrowed: [] };
  for (const k of keys) {
    if (!o.disabled && roleCovers(o.role, k.role)) continue;
    const narrow = !o.disabled && roleCovers(k.role, o.role);
    await trx('api_keys')
      .where({ tenant_id: o.tenantId, id: k.id })
      .update(narrow ? { role: o.role } : { revoked_at: o.at });
    (narrow ? changes.narrowed : changes.revoked).push(k.id);
  }
  return changes;
}
