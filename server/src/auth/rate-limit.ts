import type { Knex } from 'knex';

/**
 * Login throttling stored in PostgreSQL (every API process sees the same counts):
 * at most `maxFailures` failed logins per (ip, email) inside a sliding window.
 */
export interface LoginLimit {
  maxFailures: number;
  windowMs: number;
}

export const attemptKey = (ip: string | null, email: string) => `${ip ?? '-'}|${email.toLowerCase()}`;

/** Seconds until another attempt is allowed, or 0 when the caller may try now. */
export async function retryAfterSeconds(db: Knex, key: string, now: number, limit: LoginLimit): Promise<number> {
  const since = new Date(now - limit.windowMs);
  const rows = await db('login_attempts')
    .where('key', key)
    .andWhere('at', '>', since)
    .orderBy('at', 'desc')
    .limit(limit.maxFailures)
    .select('at');
  if (rows.length < limit.maxFailures) return 0;
  // The oldest of the last N failures must leave the window before the next try.
  const oldest = (rows[rows.length - 1].at as Date).getTime();
  return Math.max(1, Math.ceil((oldest + limit.windowMs - now) / 1000));
}

export async function recordFailure(db: Knex, key: string, now: number): Promise<void> {
  await db('login_attempts').insert({ key, at: new Date(now) });
}

export async function clearFailures(db: Knex, key: string): Promise<void> {
  await db('login_attempts').where('key', key).delete();
}
