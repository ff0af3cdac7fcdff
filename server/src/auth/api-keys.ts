import type { Knex } from 'knex';
import { ROLES, type Role } from '../http/route-spec.js';
import { roleCovers } from './key-scope.js';
import { newToken, sha256 } from './tokens.js';
import { rawPrepared } from '../db/prepared.js';

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

/** How stale `last_used_at` may get: a busy key writes it at most once a minute, not on every request. */
export const TOUCH_INTERVAL_MS = 60_000;

let coveringPairs: string[] | undefined;
/** `owner>key` role pairs where the owner's role covers the key's (what findApiKey accepts), for SQL. */
const covering = () => (coveringPairs ??= ROLES.flatMap((a) => ROLES.filter((b) => roleCovers(a, b)).map((b) => `${a}>${b}`)));

const FIND_SQL = `WITH k AS (
     SELECT k.tenant_id, k.id, k.role, u.id AS owner_id, u.role AS owner_role
       FROM api_keys k JOIN users u ON u.tenant_id = k.tenant_id AND u.id = k.created_by
      WHERE k.key_hash = ? AND k.revoked_at IS NULL AND NOT u.disabled
      LIMIT 1
   ), touch AS (
     UPDATE api_keys a SET last_used_at = ?::timestamptz
       FROM k
      WHERE ?::timestamptz IS NOT NULL AND a.tenant_id = k.tenant_id AND a.id = k.id
        AND (k.owner_role || '>' || k.role) = ANY(?::text[])
        AND (a.last_used_at IS NULL OR a.last_used_at < ?::timestamptz - ?::int * interval '1 millisecond')
   )
   SELECT tenant_id, id, role, owner_id, owner_role FROM k`;

/**
 * A live key whose owner is enabled and still covers the key's role; anything else is no key at all (401).
 * With `touchAt`, the same statement records the use (`last_used_at`) when the stored one is older than
 * TOUCH_INTERVAL_MS: one round trip per request, and a write only once a minute per key.
 */
export async function findApiKey(db: Knex, key: string, opts: { touchAt?: number } = {}): Promise<ApiKeyPrincipal | undefined> {
  if (!key.startsWith(API_KEY_PREFIX) || key.length > 200) return undefined;
  const at = opts.touchAt === undefined ? null : new Date(opts.touchAt);
  const { rows } = await rawPrepared(db, FIND_SQL, [sha256(key), at, at, covering(), at, TOUCH_INTERVAL_MS]);
  const row = rows[0];
  // Role changes narrow keys in the same transaction; this guards keys written any other way.
  if (!row || !roleCovers(row.owner_role, row.role)) return undefined;
  return { tenant_id: row.tenant_id, id: row.id, role: row.role, owner_id: row.owner_id };
}

/** Record a use of the key, throttled like findApiKey's `touchAt` (no write within TOUCH_INTERVAL_MS of the last). */
export async function touchApiKey(db: Knex, tenantId: string, id: string, now: number): Promise<void> {
  await db('api_keys')
    .where({ tenant_id: tenantId, id })
    .andWhere((w) => w.whereNull('last_used_at').orWhere('last_used_at', '<', new Date(now - TOUCH_INTERVAL_MS)))
    .update({ last_used_at: new Date(now) });
}
