import { writeAudit } from '../audit/audit.js';
import { HttpError } from '../http/errors.js';
import { defineRoute } from '../http/route-spec.js';
import { admitLogin, loginSucceeded, throttleKeys } from './login-throttle.js';
import { assertAcceptablePassword } from './password-policy.js';
import { hashPassword, verifyPassword } from './password.js';

interface ChangeBody {
  currentPassword: string;
  newPassword: string;
}

/**
 * A signed-in person changes their own password. The current password is checked under the login throttle
 * (a stolen session must not become a password oracle); other sessions of the user end, this one stays.
 * API keys may not: a key never changes its owner's credentials.
 */
export const changePasswordRoute = defineRoute<ChangeBody>({
  method: 'post',
  path: '/api/auth/password',
  operationId: 'changePassword',
  summary: 'Change your own password (sessions only)',
  tags: ['auth'],
  body: {
    type: 'object',
    additionalProperties: false,
    required: ['currentPassword', 'newPassword'],
    properties: {
      currentPassword: { type: 'string', minLength: 1, maxLength: 1000 },
      newPassword: { type: 'string', minLength: 1, maxLength: 1000, description: 'At least 10 characters, not a common password' },
    },
  },
  responses: {
    204: { description: 'Changed; your other sessions are signed out' },
    400: { description: 'password.too-short / password.too-common at /newPassword' },
    403: { description: 'auth.wrong-password, or user.key-owner-protected for API keys' },
    429: { description: 'Too many wrong current passwords (Retry-After)' },
  },
  example: { body: { currentPassword: 'not-the-password', newPassword: 'a-brand-new-passphrase' } },
  async handler({ deps, auth, body, requestId, ip }) {
    if (auth.via !== 'session' || !auth.userId || !auth.sessionId) {
      throw new HttpError(403, 'user.key-owner-protected', 'An API key cannot change the password of its owner');
    }
    assertAcceptablePassword(body.newPassword, '/newPassword');
    const { db, clock, config } = deps;
    const user = await db('users').where({ tenant_id: auth.tenantId, id: auth.userId }).first('email', 'password_hash');
    if (!user) throw new HttpError(401, 'auth.required', 'Authentication required');
    const keys = throttleKeys(ip, user.email);
    const now = clock.now();
    const gate = await admitLogin(db, keys, now, config.loginThrottle);
    if (!gate.ok) {
      throw new HttpError(429, 'auth.rate-limited', 'Too many attempts; try again later', {
        headers: { 'Retry-After': String(gate.retryAfterSeconds) },
        details: { retryAfterSeconds: gate.retryAfterSeconds },
      });
    }
    if (!(await verifyPassword(user.password_hash, body.currentPassword))) {
      throw new HttpError(403, 'auth.wrong-password', 'The current password is not right', { path: '/currentPassword', details: { in: 'body' } });
    }
    await loginSucceeded(db, keys);
    const hash = await hashPassword(body.newPassword);
    await db.transaction(async (tx) => {
      await tx('users').where({ tenant_id: auth.tenantId, id: auth.userId! }).update({ password_hash: hash, updated_at: new Date(now) });
      await tx('sessions').where({ tenant_id: auth.tenantId, user_id: auth.userId! }).whereNot({ id: auth.sessionId! }).delete();
      await writeAudit(tx, {
        tenantId: auth.tenantId,
        actorId: auth.userId,
        action: 'user.password-change',
        subject: `user:${auth.userId}`,
        requestId,
        ip,
        at: new Date(now),
      });
    });
  },
});
