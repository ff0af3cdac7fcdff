import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { writeAudit } from '../audit/audit.js';
import { passwordMessage, passwordProblem } from '../auth/password-policy.js';
import { HttpError } from '../http/errors.js';
import { createUser, ensureTenant } from '../users/users.js';
import { UsageError, parseFlags } from './args.js';

export const CREATE_ADMIN_USAGE =
  'create-admin --email <email> --tenant <slug> [--password <password>] [--name <name>] [--tenant-name <name>]';

export interface CreateAdminResult {
  tenantId: string;
  tenantSlug: string;
  tenantCreated: boolean;
  userId: string;
  email: string;
  /** Set when the CLI generated the password (printed once). */
  generatedPassword?: string;
}

/** Create the tenant if missing and an admin user in it. Throws UsageError (exit 2) or HttpError 409 (exit 3). */
export async function createAdmin(db: Knex, argv: string[]): Promise<CreateAdminResult> {
  const f = parseFlags(argv, ['email', 'tenant', 'password', 'name', 'tenant-name']);
  if (!f.email || !/^[^\s@]+@[^\s@]+$/.test(f.email)) throw new UsageError('--email <email> is required');
  if (!f.tenant || !/^[a-z0-9][a-z0-9-]{0,62}$/.test(f.tenant)) {
    throw new UsageError('--tenant <slug> is required (lowercase letters, digits, dashes)');
  }
  const problem = f.password === undefined ? null : passwordProblem(f.password);
  if (problem) throw new UsageError(`--password: ${passwordMessage(problem)} (${problem})`);
  const generatedPassword = f.password ? undefined : randomBytes(12).toString('base64url');
  return db.transaction(async (tx) => {
    const tenant = await ensureTenant(tx, f.tenant, f['tenant-name'] ?? f.tenant);
    const user = await createUser(tx, {
      tenantId: tenant.id,
      email: f.email,
      name: f.name ?? f.email.split('@')[0],
      role: 'admin',
      password: f.password ?? generatedPassword!,
    });
    await writeAudit(tx, {
      tenantId: tenant.id,
      actorId: null,
      action: 'user.create',
      subject: `user:${user.id}`,
      requestId: 'cli',
      ip: null,
      details: { email: user.email, role: 'admin', via: 'cli' },
    });
    return { tenantId: tenant.id, tenantSlug: f.tenant, tenantCreated: tenant.created, userId: user.id, email: user.email, generatedPassword };
  });
}

export function exitCodeFor(err: unknown): number {
  if (err instanceof UsageError) return 2;
  if (err instanceof HttpError && err.status === 409) return 3;
  return 1;
}
