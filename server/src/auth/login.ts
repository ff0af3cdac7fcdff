import type { Knex } from 'knex';
import { writeAudit } from '../audit/audit.js';
import { HttpError } from '../http/errors.js';
import type { RouteContext } from '../http/route-spec.js';
import { burnVerify, verifyPassword } from './password.js';
import { admitLogin, loginSucceeded, throttleKeys } from './login-throttle.js';
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

/**
 * Without a tenant slug the email must belong to exactly one tenant: an email that exists in two tenants
 * fails like a wrong password (same code, and the caller still pays one argon2 verify), so another tenant can
 * make a tenant-less login fail but never sign in as, or steer, the other tenant's user.
 */
async function findCandidate(db: Knex, email: string, slug: string | undefined, requireTenant: boolean): Promise<{ user?: Candidate; tenantId?: string }> {
  if (requireTenant && !slug) return {};
  if (slug) {
    const tenant = await db('tenants').where({ slug }).first('id');
    if (!tenant) return {};
    const user = await db('users').where({ tenant_id: tenant.id, email }).first();
    return { user, tenantId: tenant.id };
  }
  const users = await db('users').where({ email }).limit(2);
  return users.length === 1 ? { user: users[0], tenantId: users[0].tenant_id } : {};
}

/** Verify credentials under the login throttle (counted before verifying); returns the new session. */
export async function login(rc: RouteContext<LoginBody>) {
  const { db, clock, config } = rc.deps;
  const email = rc.body.email.trim().toLowerCase();
  const keys = throttleKeys(rc.ip, email);
  const now = clock.now();
  const gate = await admitLogin(db, keys, now, config.loginThrottle);
  if (!gate.ok) {
    throw new HttpError(429, 'auth.rate-limited', 'Too many login attempts; try again later', {
      headers: { 'Retry-After': String(gate.retryAfterSeconds) },
      details: { retryAfterSeconds: gate.retryAfterSeconds },
    });
  }
  const { user, tenantId } = await findCandidate(db, email, rc.body.tenant, config.loginRequiresTenant);
  const ok = user ? await verifyPassword(user.password_hash, rc.body.password) : (await burnVerify(rc.body.password), false);
  if (!user || !ok || user.disabled) {
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
  await loginSucceeded(db, keys);
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
