import type { Knex } from 'knex';
import { writeAudit } from '../audit/audit.js';
import { HttpError } from '../http/errors.js';
import type { RouteContext } from '../http/route-spec.js';
import { burnVerify, verifyPassword } from './password.js';
import { attemptKey, clearFailures, recordFailure, retryAfterSeconds } from './rate-limit.js';
import { createSession } from './sessions.js';

export interface LoginBody {
  tenant?: string;
  email: string;
  password: string;
}

interface Candidate {
  tenant_id: string;
  id: string;
  password_hash: string;
  disabled: boolean;
}

/** Without a tenant slug the email must belong to exactly one tenant. */
async function findCandidate(db: Knex, email: string, slug?: string): Promise<{ user?: Candidate; tenantId?: string }> {
  if (slug) {
    const tenant = await db('tenants').where({ slug }).first('id');
    if (!tenant) return {};
    const user = await db('users').where({ tenant_id: tenant.id, email }).first();
    return { user, tenantId: tenant.id };
  }
  const users = await db('users').where({ email }).limit(2);
  return users.length === 1 ? { user: users[0], tenantId: users[0].tenant_id } : {};
}

/** Verify credentials under the (ip, email) throttle; returns the new session. Failures are audited. */
export async function login(rc: RouteContext<LoginBody>) {
  const { db, clock, config } = rc.deps;
  const email = rc.body.email.trim().toLowerCase();
  const key = attemptKey(rc.ip, email);
  const now = clock.now();
  const wait = await retryAfterSeconds(db, key, now, config.loginRateLimit);
  if (wait > 0) {
    throw new HttpError(429, 'auth.rate-limited', 'Too many failed logins; try again later', {
      headers: { 'Retry-After': String(wait) },
      details: { retryAfterSeconds: wait },
    });
  }
  const { user, tenantId } = await findCandidate(db, email, rc.body.tenant);
  const ok = user ? await verifyPassword(user.password_hash, rc.body.password) : (await burnVerify(rc.body.password), false);
  if (!user || !ok || user.disabled) {
    await recordFailure(db, key, now);
    if (tenantId) {
      const reason = !user ? 'unknown-user' : !ok ? 'bad-password' : 'disabled';
      await writeAudit(db, {
        tenantId,
        actorId: user?.id ?? null,
        action: 'auth.login-failed',
        subject: `user:${email}`,
        requestId: rc.requestId,
        ip: rc.ip,
        details: { reason },
        at: new Date(now),
      });
    }
    throw new HttpError(401, 'auth.invalid-credentials', 'Wrong email or password');
  }
  await clearFailures(db, key);
  const session = await createSession(db, {
    tenantId: user.tenant_id,
    userId: user.id,
    now,
    ttlMs: config.sessionTtlMs,
    ip: rc.ip,
    userAgent: rc.ctx.get('user-agent') || null,
  });
  await writeAudit(db, {
    tenantId: user.tenant_id,
    actorId: user.id,
    action: 'auth.login',
    subject: `user:${user.id}`,
    requestId: rc.requestId,
    ip: rc.ip,
    at: new Date(now),
  });
  return { tenantId: user.tenant_id, userId: user.id, ...session };
}
