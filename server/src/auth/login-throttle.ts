import { isIPv6 } from 'node:net';
import type { Knex } from 'knex';

/**
 * Login throttling in PostgreSQL, three layers, each checked and counted by ONE upsert statement (the row
 * lock serialises concurrent attempts, so N parallel guesses can never all pass a check made before any was
 * counted). An attempt is counted when it is admitted, before the password is verified; a success gives its
 * unit back. rate-limiter-flexible's RateLimiterPostgres does the same upsert, but takes time from Date.now:
 * here time comes from the app's injected clock, and the account layer needs an exponential delay it lacks.
 */
export interface WindowLimit {
  /** Attempts admitted per fixed window. */
  max: number;
  windowMs: number;
}

export interface BackoffLimit {
  /** Attempts admitted before delays start. */
  free: number;
  /** First delay; it doubles with every further admitted attempt, up to maxDelayMs (never a permanent lock). */
  baseDelayMs: number;
  maxDelayMs: number;
  /** The count starts over after this long without an admitted attempt. */
  decayMs: number;
}

export interface LoginThrottle {
  /** One client guessing one account. */
  pair: WindowLimit;
  /** One client spraying many accounts. */
  ip: WindowLimit;
  /** Many clients guessing one account. */
  account: BackoffLimit;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottle = {
  pair: { max: 10, windowMs: 15 * 60_000 },
  ip: { max: 50, windowMs: 15 * 60_000 },
  account: { free: 20, baseDelayMs: 2_000, maxDelayMs: 15 * 60_000, decayMs: 60 * 60_000 },
};

export interface ThrottleKeys {
  ip: string;
  pair: string;
  account: string;
}

/**
 * The client as the throttle sees it: an IPv4 address, or the /64 network of an IPv6 address (one host
 * usually holds a whole /64, so single IPv6 addresses cost an attacker nothing to rotate).
 */
export function clientBucket(ip: string | null): string {
  if (!ip) return '-';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1];
  if (isIPv6(ip)) {
    const [head, tail = ''] = ip.toLowerCase().split('::');
    const left = head ? head.split(':') : [];
    const right = tail ? tail.split(':') : [];
    const full = ip.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
    return `${full.slice(0, 4).map((h) => h.replace(/^0+(?=.)/, '')).join(':')}::/64`;
  }
  return ip;
}

/** The account is the email alone: tenant-less and tenant logins for one email share its budget. */
export function throttleKeys(ip: string | null, email: string): ThrottleKeys {
  const addr = clientBucket(ip);
  const mail = email.trim().toLowerCase();
  return { ip: `ip:${addr}`, pair: `pair:${addr}|${mail}`, account: `acct:${mail}` };
}

interface Row {
  hits: number;
  window_start: Date;
  blocked_until: Date | null;
  admitted: boolean;
}

const ts = (ms: number) => new Date(ms);

/** Fixed window: the window resets once it is over; otherwise count, and admit while hits ≤ max. */
async function countWindow(db: Knex, key: string, now: number, l: WindowLimit): Promise<Row> {
  const r = await db.raw(
    `INSERT INTO login_throttle AS t (key, hits, window_start, blocked_until, admitted, updated_at)
     VALUES (:key, 1, :now, NULL, :max >= 1, :now)
     ON CONFLICT (key) DO UPDATE SET
       hits = CASE WHEN t.window_start <= :since THEN 1 ELSE t.hits + 1 END,
       window_start = CASE WHEN t.window_start <= :since THEN :now ELSE t.window_start END,
       admitted = CASE WHEN t.window_start <= :since THEN :max >= 1 ELSE t.hits + 1 <= :max END,
       updated_at = :now
     RETURNING hits, window_start, blocked_until, admitted`,
    { key, now: ts(now), since: ts(now - l.windowMs), max: l.max },
  );
  return r.rows[0];
}

/**
 * Exponential delay: while blocked, refuse without counting (refused tries never extend the block); when
 * admitted, count, and past `free` block the next try for base·2^(n−free−1), capped.
 */
async function countBackoff(db: Knex, key: string, now: number, l: BackoffLimit): Promise<Row> {
  const blocked = `(t.blocked_until IS NOT NULL AND t.blocked_until > :now)`;
  const fresh = `(t.updated_at <= :decaySince)`;
  const next = `(CASE WHEN ${fresh} THEN 1 ELSE t.hits + 1 END)`;
  const delay = (n: string) =>
    `CASE WHEN ${n} > :free THEN CAST(:now AS timestamptz) + least(:maxMs, :baseMs * power(2, least(${n} - :free - 1, 40))) * interval '1 millisecond' END`;
  const r = await db.raw(
    `INSERT INTO login_throttle AS t (key, hits, window_start, blocked_until, admitted, updated_at)
     VALUES (:key, 1, :now, ${delay('1')}, true, :now)
     ON CONFLICT (key) DO UPDATE SET
       admitted = NOT ${blocked},
       hits = CASE WHEN ${blocked} THEN t.hits ELSE ${next} END,
       window_start = CASE WHEN ${blocked} THEN t.window_start WHEN ${fresh} THEN :now ELSE t.window_start END,
       blocked_until = CASE WHEN ${blocked} THEN t.blocked_until ELSE ${delay(next)} END,
       updated_at = CASE WHEN ${blocked} THEN t.updated_at ELSE :now END
     RETURNING hits, window_start, blocked_until, admitted`,
    { key, now: ts(now), decaySince: ts(now - l.decayMs), free: l.free, baseMs: l.baseDelayMs, maxMs: l.maxDelayMs },
  );
  return r.rows[0];
}

/** Give back the unit an attempt took (it was refused by a later layer, or it succeeded). */
async function refund(db: Knex, key: string): Promise<void> {
  await db('login_throttle').where({ key }).update({ hits: db.raw('greatest(hits - 1, 0)') });
}

const seconds = (untilMs: number, now: number) => Math.max(1, Math.ceil((untilMs - now) / 1000));

export type Admission = { ok: true } | { ok: false; layer: keyof LoginThrottle; retryAfterSeconds: number };

/** Count one attempt on every layer (ip → pair → account); the first layer that refuses decides. */
export async function admitLogin(db: Knex, keys: ThrottleKeys, now: number, l: LoginThrottle): Promise<Admission> {
  const ip = await countWindow(db, keys.ip, now, l.ip);
  if (!ip.admitted) return { ok: false, layer: 'ip', retryAfterSeconds: seconds(ip.window_start.getTime() + l.ip.windowMs, now) };
  const pair = await countWindow(db, keys.pair, now, l.pair);
  if (!pair.admitted) {
    await refund(db, keys.ip);
    return { ok: false, layer: 'pair', retryAfterSeconds: seconds(pair.window_start.getTime() + l.pair.windowMs, now) };
  }
  const account = await countBackoff(db, keys.account, now, l.account);
  if (!account.admitted) {
    await refund(db, keys.ip);
    await refund(db, keys.pair);
    return { ok: false, layer: 'account', retryAfterSeconds: seconds(account.blocked_until!.getTime(), now) };
  }
  return { ok: true };
}

/**
 * A success gives its own unit back on the ip and account layers and clears the pair (this client knows
 * the password). It never lifts an account block or clears failures other clients caused: a distributed
 * attack keeps its delay even when the real user signs in meanwhile.
 */
export async function loginSucceeded(db: Knex, keys: ThrottleKeys): Promise<void> {
  await refund(db, keys.ip);
  await refund(db, keys.account);
  await db('login_throttle').where({ key: keys.pair }).update({ hits: 0 });
}

/** Delete rows whose every window, block and decay period is over (the periodic job calls this). */
export async function sweepLoginAttempts(db: Knex, now: number, l: LoginThrottle = DEFAULT_LOGIN_THROTTLE): Promise<number> {
  const keep = Math.max(l.pair.windowMs, l.ip.windowMs, l.account.decayMs, l.account.maxDelayMs);
  return db('login_throttle')
    .where('updated_at', '<', ts(now - keep))
    .andWhere((q) => q.whereNull('blocked_until').orWhere('blocked_until', '<=', ts(now)))
    .delete();
}
