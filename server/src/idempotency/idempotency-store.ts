import type { Knex } from 'knex';
import { rawPrepared } from '../db/prepared.js';

/** Keys live this long; then a reused key starts a new request and `pruneIdempotencyKeys` deletes the row. */
export const IDEMPOTENCY_TTL_MS = 24 * 3600_000;
/**
 * An in-flight row older than this, for the same request, is taken over: the process that claimed it died
 * before finishing. Routes that record their response in the business transaction lose nothing by it (had the
 * effect committed, the row would say `done`).
 */
export const IDEMPOTENCY_LEASE_MS = 5 * 60_000;

export interface IdempotencyScope {
  tenantId: string;
  /** `user:<id>` or `key:<id>`. */
  principal: string;
  key: string;
}

export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  /** The exact response bytes (JSON text), or null for an empty body. */
  body: string | null;
}

export type Claim =
  | { kind: 'owned' }
  | { kind: 'replay'; response: StoredResponse }
  | { kind: 'mismatch' }
  | { kind: 'in-flight' };

type Db = Knex | Knex.Transaction;
const whereScope = (s: IdempotencyScope) => ({ tenant_id: s.tenantId, principal: s.principal, key: s.key });

/**
 * One statement claims the key: a new row, an expired row, or an abandoned in-flight row of the same request
 * becomes ours. Otherwise the existing row says what to answer. The claim's commit does not wait for the WAL
 * flush (synchronous_commit off for this statement): the in-flight row only matters while the process that made
 * it lives, and the request's own durable commit flushes it along.
 */
export async function claimKey(
  db: Db,
  scope: IdempotencyScope,
  req: { method: string; path: string; hash: string; now: number },
): Promise<Claim> {
  const at = new Date(req.now);
  const claimed = await rawPrepared(db,
    `WITH quick AS (SELECT set_config('synchronous_commit', 'off', true))
     INSERT INTO idempotency_keys AS k (tenant_id, principal, key, method, path, request_hash, state, created_at, expires_at)
     SELECT ?::uuid, ?, ?, ?, ?, ?, 'in-flight', ?::timestamptz, ?::timestamptz FROM quick
     ON CONFLICT (tenant_id, principal, key) DO UPDATE SET
       method = EXCLUDED.method, path = EXCLUDED.path, request_hash = EXCLUDED.request_hash, state = 'in-flight',
       status = NULL, headers = NULL, body = NULL, created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at
     WHERE k.expires_at <= EXCLUDED.created_at
        OR (k.state = 'in-flight' AND k.request_hash = EXCLUDED.request_hash AND k.created_at <= ?)
     RETURNING 1`,
    [scope.tenantId, scope.principal, scope.key, req.method, req.path, req.hash, at, new Date(req.now + IDEMPOTENCY_TTL_MS), new Date(req.now - IDEMPOTENCY_LEASE_MS)],
  );
  if (claimed.rows.length > 0) return { kind: 'owned' };
  const row = await db('idempotency_keys').where(whereScope(scope)).first('request_hash', 'state', 'status', 'headers', 'body');
  // Deleted between the two statements (a prune): rare enough to answer "try again".
  if (!row) return { kind: 'in-flight' };
  if (row.request_hash !== req.hash) return { kind: 'mismatch' };
  if (row.state !== 'done') return { kind: 'in-flight' };
  return { kind: 'replay', response: { status: row.status, headers: row.headers ?? {}, body: row.body } };
}

/** Store the response (pass the business transaction so the effect and its answer commit together). */
export async function recordResponse(db: Db, scope: IdempotencyScope, res: StoredResponse): Promise<void> {
  await db('idempotency_keys')
    .where(whereScope(scope))
    .update({ state: 'done', status: res.status, headers: JSON.stringify(res.headers), body: res.body });
}

/**
 * The same record as one SQL statement, for callers that fold it into their own statement (a data-modifying
 * CTE) so the answer costs no extra round trip in the business transaction.
 */
export function recordStatement(scope: IdempotencyScope, res: StoredResponse): { sql: string; bindings: Record<string, unknown> } {
  return {
    sql: `UPDATE idempotency_keys SET state = 'done', status = :idemStatus, headers = :idemHeaders::jsonb, body = :idemBody
           WHERE tenant_id = :idemTenant AND principal = :idemPrincipal AND key = :idemKey`,
    bindings: {
      idemStatus: res.status,
      idemHeaders: JSON.stringify(res.headers),
      idemBody: res.body,
      idemTenant: scope.tenantId,
      idemPrincipal: scope.principal,
      idemKey: scope.key,
    },
  };
}

/** A 5xx rolled the effect back: free the key so the client's retry with it runs the request again. */
export async function releaseKey(db: Db, scope: IdempotencyScope): Promise<void> {
  await db('idempotency_keys').where(whereScope(scope)).andWhere('state', 'in-flight').delete();
}

/**
 * Delete expired keys (a maintenance sweep across tenants, by the expiry index), in bounded batches so one
 * run never holds a long lock. Returns how many rows went.
 */
export async function pruneIdempotencyKeys(db: Db, now: Date, batch = 10_000): Promise<number> {
  let total = 0;
  for (;;) {
    const res = await db.raw(
      `DELETE FROM idempotency_keys WHERE ctid IN (SELECT ctid FROM idempotency_keys WHERE expires_at <= ? LIMIT ?)`,
      [now, batch],
    );
    total += res.rowCount ?? 0;
    if ((res.rowCount ?? 0) < batch) return total;
  }
}
