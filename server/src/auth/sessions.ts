import type { Knex } from 'knex';
import { v7 as uuidv7 } from 'uuid';
import { newToken, sha256 } from './tokens.js';

export const SESSION_COOKIE = 'oms_session';

export interface SessionRow {
  tenant_id: string;
  id: string;
  user_id: string;
  csrf_token: string;
  expires_at: Date;
}

export async function createSession(
  db: Knex,
  s: { tenantId: string; userId: string; now: number; ttlMs: number; ip: string | null; userAgent: string | null },
): Promise<{ token: string; csrfToken: string; id: string; expiresAt: Date }> {
  const token = newToken();
  const csrfToken = newToken();
  const id = uuidv7();
  const expiresAt = new Date(s.now + s.ttlMs);
  // Housekeeping without a sweeper job: a user's expired sessions go when they sign in again.
  await db('sessions').where({ tenant_id: s.tenantId, user_id: s.userId }).andWhere('expires_at', '<=', new Date(s.now)).delete();
  await db('sessions').insert({
    tenant_id: s.tenantId,
    id,
    user_id: s.userId,
    token_hash: sha256(token),
    csrf_token: csrfToken,
    created_at: new Date(s.now),
    expires_at: expiresAt,
    ip: s.ip,
    user_agent: s.userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken, id, expiresAt };
}

/** The live session for a cookie token, with its user still enabled. */
export async function findSession(db: Knex, token: string, now: number) {
  const row = await db('sessions as s')
    .join('users as u', function () {
      this.on('u.tenant_id', 's.tenant_id').andOn('u.id', 's.user_id');
    })
    .where('s.token_hash', sha256(token))
    .andWhere('s.expires_at', '>', new Date(now))
    .andWhere('u.disabled', false)
    .first('s.tenant_id', 's.id', 's.user_id', 's.csrf_token', 'u.role');
  return row as (Pick<SessionRow, 'tenant_id' | 'id' | 'user_id' | 'csrf_token'> & { role: string }) | undefined;
}

export async function deleteSession(db: Knex, tenantId: string, id: string): Promise<void> {
  await db('sessions').where({ tenant_id: tenantId, id }).delete();
}

export async function deleteUserSessions(db: Knex | Knex.Transaction, tenantId: string, userId: string) {
  await db('sessions').where({ tenant_id: tenantId, user_id: userId }).delete();
}
