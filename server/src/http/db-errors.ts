import { HttpError } from './errors.js';

/** The fields a pg DatabaseError carries (knex prefixes its message with the SQL text). */
interface PgError {
  code?: string;
  severity?: string;
  table?: string;
  column?: string;
  constraint?: string;
  routine?: string;
  message?: string;
  name?: string;
}

const isPg = (e: unknown): e is PgError =>
  typeof e === 'object' && e !== null && typeof (e as PgError).code === 'string' && 'severity' in e;

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH']);
const retryLater = { headers: { 'Retry-After': '1' } };

/** Is this the database being away (down, restarting, unreachable, pool exhausted), not a bad query? */
export function isDbUnavailable(err: unknown): boolean {
  const e = err as { code?: string; name?: string; message?: string } | null;
  if (!e || typeof e !== 'object') return false;
  if (e.name === 'KnexTimeoutError') return true;
  if (typeof e.code === 'string' && (CONNECTION_CODES.has(e.code) || /^(08|57P0)/.test(e.code))) return true;
  return /Connection terminated|connection not open|Client has encountered a connection error/i.test(e.message ?? '');
}

/**
 * PostgreSQL errors that are the client's fault, mapped once for every route (a route that expects one,
 * e.g. a taken email, answers first with its own code): class 22 (bad data) → 400, unique/foreign-key/check
 * violations → 409, the database away → 503 with Retry-After. Anything else stays a 500.
 */
export function fromDbError(err: unknown): HttpError | undefined {
  if (isDbUnavailable(err)) return new HttpError(503, 'db.unavailable', 'The database is unavailable; retry shortly', retryLater);
  if (!isPg(err)) return undefined;
  const code = err.code!;
  if (code === '22001') return new HttpError(400, 'request.too-long', 'A value is longer than this field allows');
  if (code === '22003') return new HttpError(400, 'request.out-of-range', 'A number is out of the range this field allows');
  if (code.startsWith('22')) return new HttpError(400, 'request.invalid-value', 'A value has the wrong form for this field');
  if (code === '23505') return new HttpError(409, 'conflict.duplicate', 'Something with this identity already exists');
  if (code === '23503') return new HttpError(409, 'conflict.reference', 'A referenced item does not exist, or is still referenced');
  if (code === '23514' || code === '23P01') return new HttpError(409, 'conflict.constraint', 'The change conflicts with a rule of the data');
  if (code === '23502') return new HttpError(400, 'request.missing-value', 'A required value is missing');
  if (code === '54000') return new HttpError(400, 'request.too-large', 'A value is too large to store');
  if (code === '40001' || code === '40P01') return new HttpError(503, 'db.conflict-retry', 'Concurrent change; retry', retryLater);
  return undefined;
}

/**
 * What the log may say about a fault: no SQL parameters, no values. pg messages quote the offending value
 * (`invalid input syntax for type uuid: "…"`) and `detail` repeats keys (`Key (email)=(…)`): both are dropped
 * or redacted; knex's SQL prefix carries `$n` placeholders only.
 */
export function loggableError(err: unknown): Record<string, unknown> {
  if (isPg(err)) {
    const [sql, ...rest] = String(err.message ?? '').split(' - ');
    const message = (rest.length ? rest.join(' - ') : sql).replace(/"[^"]*"/g, '"…"').replace(/\([^)]*\)/g, '(…)');
    return {
      type: err.name ?? 'DatabaseError',
      code: err.code,
      severity: err.severity,
      routine: err.routine,
      table: err.table,
      column: err.column,
      constraint: err.constraint,
      message,
      ...(rest.length ? { sql: sql.slice(0, 500) } : {}),
    };
  }
  if (err instanceof Error) {
    const bindings = 'bindings' in err ? { bindings: '[redacted]' } : {};
    return { type: err.name, message: err.message, stack: err.stack, ...bindings };
  }
  return { type: typeof err, message: String(err) };
}
