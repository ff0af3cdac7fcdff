import { v7 as uuidv7 } from 'uuid';
import { writeAudit } from '../audit/audit.js';
import { generateApiKey } from '../auth/api-keys.js';
import { roleCovers } from '../auth/key-scope.js';
import { roleSchema } from '../auth/schemas.js';
import { HttpError, notFound } from '../http/errors.js';
import { defineRoute, type Role, type RouteSpec } from '../http/route-spec.js';
import { apiKeyViewSchema, idParams, nameSchema } from './schemas.js';
import { listOf } from '../http/list-schema.js';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
const view = (r: Record<string, any>) => ({
  id: r.id,
  name: r.name,
  role: r.role,
  prefix: r.prefix,
  createdAt: iso(r.created_at),
  lastUsedAt: iso(r.last_used_at),
});

const listKeys = defineRoute({
  method: 'get',
  path: '/api/api-keys',
  operationId: 'listApiKeys',
  summary: 'Active API keys (prefix only, never the key)',
  tags: ['api-keys'],
  responses: {
    200: { description: 'Keys', schema: listOf(apiKeyViewSchema) },
  },
  async handler({ deps, auth }) {
    const rows = await deps.db('api_keys').where({ tenant_id: auth.tenantId }).whereNull('revoked_at').orderBy('id');
    return { body: { items: rows.map(view) } };
  },
});

const createKey = defineRoute<{ name: string; role: Role }>({
  method: 'post',
  path: '/api/api-keys',
  operationId: 'createApiKey',
  summary: 'Create an API key scoped to a role; the plaintext key is in this response only',
  tags: ['api-keys'],
  body: {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'role'],
    properties: { name: nameSchema, role: roleSchema },
  },
  responses: { 201: { description: 'Created, with `key`', schema: apiKeyViewSchema } },
  example: { body: { name: 'erp-sync', role: 'operator' } },
  async handler({ deps, auth, body, requestId, ip }) {
    // A key acts as its creator: it may not hold a role its creator does not cover.
    if (!auth.userId || !roleCovers(auth.role, body.role)) {
      throw new HttpError(403, 'api-key.role-above-owner', 'A key cannot have a role you do not have', { path: '/role', details: { in: 'body' } });
    }
    const { key, prefix, hash } = generateApiKey();
    const row = {
      tenant_id: auth.tenantId,
      id: uuidv7(),
      name: body.name,
      role: body.role,
      prefix,
      key_hash: hash,
      created_by: auth.userId,
      created_at: new Date(deps.clock.now()),
    };
    await deps.db.transaction(async (tx) => {
      await tx('api_keys').insert(row);
      await writeAudit(tx, {
        tenantId: auth.tenantId,
        actorId: auth.userId,
        apiKeyId: auth.apiKeyId ?? null,
        action: 'api-key.create',
        subject: `api-key:${row.id}`,
        requestId,
        ip,
        details: { name: body.name, role: body.role, prefix },
      });
    });
    return { status: 201, body: { ...view(row), key } };
  },
});

const revokeKey = defineRoute<unknown, unknown, { id: string }>({
  method: 'delete',
  path: '/api/api-keys/:id',
  operationId: 'revokeApiKey',
  summary: 'Revoke an API key',
  tags: ['api-keys'],
  params: idParams,
  responses: { 204: { description: 'Revoked' }, 404: { description: 'No such key' } },
  example: { params: { id: '00000000-0000-7000-8000-000000000000' } },
  async handler({ deps, auth, params, requestId, ip }) {
    await deps.db.transaction(async (tx) => {
      const n = await tx('api_keys')
        .where({ tenant_id: auth.tenantId, id: params.id })
        .whereNull('revoked_at')
        .update({ revoked_at: new Date(deps.clock.now()) });
      if (!n) throw notFound('API key');
      await writeAudit(tx, {
        tenantId: auth.tenantId,
        actorId: auth.userId,
        apiKeyId: auth.apiKeyId ?? null,
        action: 'api-key.revoke',
        subject: `api-key:${params.id}`,
        requestId,
        ip,
      });
    });
  },
});

export const routes: RouteSpec[] = [listKeys, createKey, revokeKey];
