import type { Knex } from 'knex';
import { writeAudit } from '../audit/audit.js';
import { HttpError } from '../http/errors.js';
import { defineRoute, type RouteSpec } from '../http/route-spec.js';
import { login, type LoginBody } from './login.js';
import { changePasswordRoute } from './password-change.js';
import { whoAmISchema } from './schemas.js';
import { SESSION_COOKIE, deleteSession } from './sessions.js';

async function whoAmI(db: Knex, tenantId: string, userId: string, csrfToken: string) {
  const user = await db('users').where({ tenant_id: tenantId, id: userId }).first('id', 'email', 'name', 'role');
  const tenant = await db('tenants').where({ id: tenantId }).first('id', 'slug', 'name');
  if (!user || !tenant) throw new HttpError(401, 'auth.required', 'Authentication required');
  return { user, tenant, csrfToken };
}

const loginRoute = defineRoute<LoginBody>({
  method: 'post',
  path: '/api/auth/login',
  operationId: 'login',
  summary: 'Sign in with email and password; sets the oms_session cookie',
  tags: ['auth'],
  body: {
    type: 'object',
    additionalProperties: false,
    required: ['email', 'password'],
    properties: {
      tenant: { type: 'string', minLength: 1, maxLength: 100 },
      email: { type: 'string', minLength: 3, maxLength: 254 },
      password: { type: 'string', minLength: 1, maxLength: 1000 },
    },
  },
  responses: {
    200: { description: 'Signed in', schema: whoAmISchema },
    401: { description: 'Wrong credentials' },
    429: { description: 'Too many failed attempts (Retry-After header)' },
  },
  example: { body: { tenant: 'demo', email: 'nobody@demo.test', password: 'wrong' } },
  async handler(rc) {
    const s = await login(rc);
    rc.ctx.cookies.set(SESSION_COOKIE, s.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: rc.ctx.secure,
      path: '/',
      expires: s.expiresAt,
      overwrite: true,
    });
    return { body: await whoAmI(rc.deps.db, s.tenantId, s.userId, s.csrfToken) };
  },
});

const meRoute = defineRoute({
  method: 'get',
  path: '/api/auth/me',
  operationId: 'me',
  summary: 'The signed-in user, tenant and CSRF token',
  tags: ['auth'],
  responses: { 200: { description: 'Current user', schema: whoAmISchema } },
  async handler(rc) {
    const a = rc.auth;
    if (a.via === 'api-key') {
      const key = await rc.deps.db('api_keys').where({ tenant_id: a.tenantId, id: a.apiKeyId }).first('id', 'name');
      const tenant = await rc.deps.db('tenants').where({ id: a.tenantId }).first('id', 'slug', 'name');
      return { body: { user: { id: key.id, email: '', name: key.name, role: a.role }, tenant, csrfToken: '' } };
    }
    const s = await rc.deps.db('sessions').where({ tenant_id: a.tenantId, id: a.sessionId }).first('csrf_token');
    return { body: await whoAmI(rc.deps.db, a.tenantId, a.userId!, s.csrf_token) };
  },
});

const logoutRoute = defineRoute({
  method: 'post',
  path: '/api/auth/logout',
  operationId: 'logout',
  summary: 'End the current session',
  tags: ['auth'],
  responses: { 204: { description: 'Signed out' } },
  async handler(rc) {
    const a = rc.auth;
    if (a.sessionId) {
      await deleteSession(rc.deps.db, a.tenantId, a.sessionId);
      await writeAudit(rc.deps.db, {
        tenantId: a.tenantId,
        actorId: a.userId,
        action: 'auth.logout',
        subject: `user:${a.userId}`,
        requestId: rc.requestId,
        ip: rc.ip,
        at: new Date(rc.deps.clock.now()),
      });
    }
    rc.ctx.cookies.set(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 0, overwrite: true });
  },
});

export const routes: RouteSpec[] = [loginRoute, meRoute, logoutRoute, changePasswordRoute];
