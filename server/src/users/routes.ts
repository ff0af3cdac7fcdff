import { writeAudit } from '../audit/audit.js';
import { fitOwnerKeys } from '../auth/key-scope.js';
import { assertAcceptablePassword } from '../auth/password-policy.js';
import { hashPassword } from '../auth/password.js';
import { roleSchema } from '../auth/schemas.js';
import { deleteUserSessions } from '../auth/sessions.js';
import { HttpError, notFound } from '../http/errors.js';
import { defineRoute, type AuthInfo, type Role, type RouteSpec } from '../http/route-spec.js';
import { emailSchema, idParams, nameSchema, passwordSchema, userViewSchema } from './schemas.js';
import { USER_COLUMNS, createUser, toView } from './users.js';
import { listOf } from '../http/list-schema.js';

const listUsers = defineRoute({
  method: 'get',
  path: '/api/users',
  operationId: 'listUsers',
  summary: 'Users of the tenant',
  tags: ['users'],
  responses: {
    200: { description: 'Users', schema: listOf(userViewSchema) },
  },
  async handler({ deps, auth }) {
    const rows = await deps.db('users').where({ tenant_id: auth.tenantId }).orderBy('email').select(USER_COLUMNS);
    return { body: { items: rows.map(toView) } };
  },
});

interface NewUserBody {
  email: string;
  name: string;
  role: Role;
  password: string;
}

const createUserRoute = defineRoute<NewUserBody>({
  method: 'post',
  path: '/api/users',
  operationId: 'createUser',
  summary: 'Create a user',
  tags: ['users'],
  body: {
    type: 'object',
    additionalProperties: false,
    required: ['email', 'name', 'role', 'password'],
    properties: { email: emailSchema, name: nameSchema, role: roleSchema, password: passwordSchema },
  },
  responses: { 201: { description: 'Created', schema: userViewSchema }, 409: { description: 'Email taken' } },
  example: { body: { email: 'new.user@example.test', name: 'New User', role: 'operator', password: 'longenough1' } },
  async handler({ deps, auth, body, requestId, ip }) {
    assertAcceptablePassword(body.password, '/password');
    const user = await deps.db.transaction(async (tx) => {
      const u = await createUser(tx, { tenantId: auth.tenantId, ...body, now: new Date(deps.clock.now()) });
      await writeAudit(tx, {
        tenantId: auth.tenantId,
        actorId: auth.userId,
        apiKeyId: auth.apiKeyId ?? null,
        action: 'user.create',
        subject: `user:${u.id}`,
        requestId,
        ip,
        details: { email: u.email, role: u.role },
      });
      return u;
    });
    return { status: 201, body: user };
  },
});

interface PatchBody {
  role?: Role;
  name?: string;
  disabled?: boolean;
  password?: string;
}

const patchUser = defineRoute<PatchBody, unknown, { id: string }>({
  method: 'patch',
  path: '/api/users/:id',
  operationId: 'updateUser',
  summary: 'Change a user’s role, name, password or disabled flag',
  tags: ['users'],
  params: idParams,
  body: {
    type: 'object',
    additionalProperties: false,
    minProperties: 1,
    properties: { role: roleSchema, name: nameSchema, disabled: { type: 'boolean' }, password: passwordSchema },
  },
  responses: { 200: { description: 'Updated', schema: userViewSchema }, 404: { description: 'No such user' } },
  example: { params: { id: '00000000-0000-7000-8000-000000000000' }, body: { name: 'Renamed' } },
  async handler({ deps, auth, body, params, requestId, ip }) {
    const id = canonicalId(params.id);
    guardSelf(auth, id, body);
    if (body.password !== undefined) assertAcceptablePassword(body.password, '/password');
    const at = new Date(deps.clock.now());
    const row = await deps.db.transaction(async (tx) => {
      const changes: Record<string, unknown> = { updated_at: at };
      if (body.role) changes.role = body.role;
      if (body.name) changes.name = body.name;
      if (body.disabled !== undefined) changes.disabled = body.disabled;
      if (body.password) changes.password_hash = await hashPassword(body.password);
      const [r] = await tx('users').where({ tenant_id: auth.tenantId, id }).update(changes).returning(USER_COLUMNS);
      if (!r) throw notFound('User');
      // A new role, a new password or disabling takes effect now: end the user's sessions.
      if (body.role || body.password || body.disabled) await deleteUserSessions(tx, auth.tenantId, id);
      // Their API keys follow: revoked on disable, narrowed (or revoked) on a role they no longer fit.
      const keys = body.role || body.disabled ? await fitOwnerKeys(tx, { tenantId: auth.tenantId, userId: id, role: r.role, disabled: r.disabled, at }) : undefined;
      const { password, ...visible } = body;
      await writeAudit(tx, {
        tenantId: auth.tenantId,
        actorId: auth.userId,
        apiKeyId: auth.apiKeyId ?? null,
        action: 'user.update',
        subject: `user:${id}`,
        requestId,
        ip,
        details: { ...visible, ...(password ? { passwordChanged: true } : {}), ...(keys && keys.revoked.length + keys.narrowed.length > 0 ? { apiKeys: keys } : {}) },
        at,
      });
      return r;
    });
    return { body: toView(row) };
  },
});

/** UUIDs compare as text only in one spelling: lowercase (PostgreSQL accepts any case). */
const canonicalId = (id: string) => id.toLowerCase();

/**
 * No lock-out of oneself: an admin cannot disable or demote their own account, and an API key cannot change
 * its owner's role, status or password at all (a leaked key must not be able to re-enable or re-promote).
 */
function guardSelf(auth: AuthInfo, id: string, body: PatchBody): void {
  if (!auth.userId || canonicalId(auth.userId) !== id) return;
  if (auth.via === 'api-key' && (body.role !== undefined || body.disabled !== undefined || body.password !== undefined)) {
    throw new HttpError(403, 'user.key-owner-protected', 'An API key cannot change the role, status or password of its own owner');
  }
  if (body.disabled === true || (body.role && body.role !== 'admin')) {
    throw new HttpError(409, 'user.self-lockout', 'You cannot disable or demote yourself');
  }
}

export const routes: RouteSpec[] = [listUsers, createUserRoute, patchUser];
