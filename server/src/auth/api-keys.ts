import type { Knex } from 'knex';
import { newToken, sha256 } from './tokens.js';

export const API_KEY_PREFIX = 'oms_';

/** `oms_` + 32 random bytes. The first 12 characters are stored in clear to let admins tell keys apart. */
export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const key = API_KEY_PREFIX + newToken();
  return { key, prefix: key.slice(0, 12), hash: sha256(key) };
}

export async function findApiKey(db: Knex, key: string) {
  if (!key.startsWith(API_KEY_PREFIX) || key.length > 200) return undefined;
  const row = await db('api_keys')
    .where({ key_hash: sha256(key) })
    .whereNull('revoked_at')
    .first('tenant_id', 'id', 'role');
  return row as { tenant_id: string; id: string; role: string } | undefined;
}

export async function touchApiKey(db: Knex, tenantId: string, id: string, now: number): Promise<void> {
  await db('api_keys').where({ tenant_id: tenantId, id }).update({ last_used_at: new Date(now) });
}
