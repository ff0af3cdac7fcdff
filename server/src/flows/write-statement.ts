import type { Knex } from 'knex';

/**
 * One write folded into a caller's statement as a data-modifying CTE. Binding names must be unique across the
 * statement (prefix them). A plain SELECT (a function call such as graphile_worker.add_jobs) runs only when the
 * statement reads it: mark it `returns` and the final SELECT does.
 */
export interface ExtraWrite {
  sql: string;
  bindings: Record<string, unknown>;
  returns?: boolean;
}

/** The writes as CTEs `x0, x1, …` after `lead` (CTEs of the caller's own, or ''), and a final SELECT that runs them all. */
export function foldWrites(writes: ExtraWrite[], lead = ''): { sql: string; bindings: Record<string, unknown> } {
  const ctes = writes.map((w, i) => `x${i} AS (${w.sql})`);
  const all = [lead, ...ctes].filter(Boolean);
  const reads = writes.flatMap((w, i) => (w.returns ? [`(SELECT count(*) FROM x${i})`] : []));
  return {
    sql: `${all.length ? `WITH ${all.join(',\n')}\n` : ''}SELECT ${reads.length ? reads.join(' + ') : '0'} AS n`,
    bindings: Object.assign({}, ...writes.map((w) => w.bindings)),
  };
}

/** Run writes as one statement: atomic by itself, or a single round trip inside the caller's transaction. */
export async function runWrites(db: Knex | Knex.Transaction, writes: ExtraWrite[]): Promise<void> {
  if (writes.length === 0) return;
  const { sql, bindings } = foldWrites(writes);
  await db.raw(sql, bindings);
}
