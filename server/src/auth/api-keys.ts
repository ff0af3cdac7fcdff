import type { Knex } from 'knex';
import type { Role } from '../http/route-spec.js';
import { roleCovers } from './key-scope.js';
import { newToken, sha256 } from './tokens.js';

export const API_KEY_PREFIX = 'oms_';

/** `oms_` + 32 random bytes. The first 12 characters are stored in clear to let admins tell keys apart. */
export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const key = API_KEY_PREFIX + newToken();
  return { key, prefix: key.slice(0, 12), hash: sha256(key) };
}

export interface ApiKeyPrincipal {
  tenant_id: string;
  id: string;
  role: Role;
  /** The user who created the key: the key acts as this user, with at most this user's current role. */
  owner_id: string;
}

/** A live key whose owner is enabled and still covers the key's role; anything else is no key at all (401). */
export async function findApiKey(db: Knex, key: string): Promise<ApiKeyPrincipal | undefined> {
  if (!key.startsWith(API_KEY_PREFIX) || key.length > 200) return undefined;
  const row = await db('api_keys as k')
    .join('users as u', function () {
      this.on('u.tenant_id', 'k.tenant_id').andOn('u.id', 'k.created_by');
    })
    .where('k.key_hash', sha256(key))
    .whereNull('k.revoked_at')
    .andWhere('u.disabled', false)
    .first('k.tenant_id', 'k.id', 'k.role', 'u.id as owner_id', 'u.role as owner_role');
  // Role changes narrow keys in the same transaction; this guards keys written any other way.
  if (!row || !roleCovers(row.owner_role, row.role)) return undefined;
  return { tenant_id: row.tenant_id, id: row.id, role: row.role, owner_id: row.owner_id };
}

export async function touchApiKey(db: Knex, tenantId: string, id: string, now: number): Promise<void> {
  await db('api_keys').where({ tenant_id: tenantId, id }).update({ last_used_at: new Date(now) });
}
