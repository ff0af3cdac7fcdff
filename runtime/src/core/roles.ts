/**
 * The user roles, listed once. The server (policy table, user/API-key schemas, seed), the designer
 * (navigation) and the release check (approval assignees) import this list; only the SQL CHECK of
 * migration 0001 repeats it, because SQL cannot import.
 */
export const ROLES = ['admin', 'analyst', 'approver', 'operator', 'customer'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
