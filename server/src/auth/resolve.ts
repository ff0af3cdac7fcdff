import type { Context } from 'koa';
import type { AppDeps, AuthInfo, Role } from '../http/route-spec.js';
import { findApiKey } from './api-keys.js';
import { SESSION_COOKIE, findSession } from './sessions.js';

export interface ResolvedAuth extends AuthInfo {
  csrfToken?: string;
}

/**
 * Who is calling: a Bearer API key wins over the session cookie. Bad credentials resolve to null (→ 401).
 * A key acts as its owner (userId) with the key's role, which never exceeds the owner's current role.
 */
export async function resolveAuth(ctx: Context, deps: AppDeps): Promise<ResolvedAuth | null> {
  const now = deps.clock.now();
  const header = ctx.get('authorization');
  if (header) {
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m) return null;
    // One statement finds the key and, at most once a minute, records its use.
    const key = await findApiKey(deps.db, m[1], { touchAt: now });
    if (!key) return null;
    return { tenantId: key.tenant_id, userId: key.owner_id, role: key.role, via: 'api-key', apiKeyId: key.id };
  }
  const token = ctx.cookies.get(SESSION_COOKIE);
  if (!token || token.length > 100) return null;
  const s = await findSession(deps.db, token, now);
  if (!s) return null;
  return {
    tenantId: s.tenant_id,
    userId: s.user_id,
    role: s.role as Role,
    via: 'session',
    sessionId: s.id,
    csrfToken: s.csrf_token,
  };
}
