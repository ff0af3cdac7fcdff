import type { Knex } from 'knex';
import { v7 as uuidv7 } from 'uuid';
import { hashPassword } from '../auth/password.js';
import { HttpError } from '../http/errors.js';
import type { Role } from '../http/route-spec.js';

export interface NewUser {
  tenantId: string;
  email: string;
  name: string;
  role: Role;
  password: string;
  now?: Date;
}

export interface UserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export const USER_COLUMNS = ['id', 'email', 'name', 'role', 'disabled', 'created_at', 'updated_at'];

export function toView(r: Record<string, any>): UserView {
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    disabled: r.disabled,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

/** Insert a user; 409 user.email-taken when the email exists in the tenant (emails are case-insensitive). */
export async function createUser(db: Knex | Knex.Transaction, u: NewUser): Promise<UserView> {
  const email = u.email.trim().toLowerCase();
  const exists = await db('users').where({ tenant_id: u.tenantId, email }).first('id');
  if (exists) throw new HttpError(409, 'user.email-taken', 'A user with this email exists', { path: '/email' });
  const now = u.now ?? new Date();
  const [row] = await db('users')
    .insert({
      tenant_id: u.tenantId,
      id: uuidv7(),
      email,
      name: u.name,
      role: u.role,
      password_hash: await hashPassword(u.password),
      disabled: false,
      created_at: now,
      updated_at: now,
    })
    .returning(USER_COLUMNS);
  return toView(row);
}

export async function ensureTenant(db: Knex | Knex.Transaction, slug: string, name: string): Promise<{ id: string; created: boolean }> {
  const found = await db('tenants').where({ slug }).first('id');
  if (found) return { id: found.id, created: false };
  const id = uuidv7();
  await db('tenants').insert({ id, slug, name });
  return { id, created: true };
}
