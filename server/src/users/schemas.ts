import { roleSchema } from '../auth/schemas.js';

export const emailSchema = { type: 'string', minLength: 3, maxLength: 254, pattern: '^[^\\s@]+@[^\\s@]+$' };
// Length and the common-password list are checked by password-policy.ts, which answers with stable codes.
export const passwordSchema = {
  type: 'string',
  minLength: 1,
  maxLength: 1000,
  description: 'At least 10 characters and not a commonly used password (password.too-short, password.too-common)',
};
export const nameSchema = { type: 'string', minLength: 1, maxLength: 200 };
export const idParams = {
  type: 'object',
  additionalProperties: false,
  required: ['id'],
  properties: { id: { type: 'string', format: 'uuid' } },
};

export const userViewSchema = {
  type: 'object',
  required: ['id', 'email', 'name', 'role', 'disabled', 'createdAt', 'updatedAt'],
  properties: {
    id: { type: 'string' },
    email: { type: 'string' },
    name: { type: 'string' },
    role: roleSchema,
    disabled: { type: 'boolean' },
    createdAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
  },
};

export const apiKeyViewSchema = {
  type: 'object',
  required: ['id', 'name', 'role', 'prefix', 'createdAt'],
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    role: roleSchema,
    prefix: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
    lastUsedAt: { type: ['string', 'null'], format: 'date-time' },
    key: { type: 'string', description: 'Plaintext key: returned once, at creation' },
  },
};
