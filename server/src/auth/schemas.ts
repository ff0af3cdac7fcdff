import { ROLES } from '../http/route-spec.js';

export const roleSchema = { type: 'string', enum: [...ROLES] };

export const userSchema = {
  type: 'object',
  required: ['id', 'email', 'name', 'role'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    email: { type: 'string' },
    name: { type: 'string' },
    role: roleSchema,
  },
};

export const tenantSchema = {
  type: 'object',
  required: ['id', 'slug', 'name'],
  properties: { id: { type: 'string' }, slug: { type: 'string' }, name: { type: 'string' } },
};

export const whoAmISchema = {
  type: 'object',
  required: ['user', 'tenant', 'csrfToken'],
  properties: { user: userSchema, tenant: tenantSchema, csrfToken: { type: 'string' } },
};
