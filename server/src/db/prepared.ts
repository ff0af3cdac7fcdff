import { createHash } from 'node:crypto';
import type { Knex } from 'knex';

/**
 * Names for hot statements, so node-postgres runs them as named prepared statements: PostgreSQL parses each once
 * per connection and, once its generic plan proves as good as the custom ones (plan_cache_mode auto), stops
 * planning it. Planning was about a third of PostgreSQL's time per intake (pg_stat_statements: 1.8 of 5 ms).
 * A name is a hash of the SQL template (knex turns one template into the same text every time). node-postgres
 * keeps a connection's prepared statements for the connection's life, so only `max` distinct templates get a
 * name; past that, statements run unnamed, as before.
 */
export function statementNames(max: number): (sql: string) => { name?: string } {
  const names = new Map<string, string>();
  return (sql) => {
    let name = names.get(sql);
    if (name === undefined) {
      if (names.size >= max) return {};
      name = `oms_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
      names.set(sql, name);
    }
    return { name };
  };
}

export const prepared = statementNames(200);

/** `db.raw(sql, bindings)` as a named prepared statement (see `statementNames`). */
export function rawPrepared(db: Knex | Knex.Transaction, sql: string, bindings: readonly unknown[] | Record<string, unknown>) {
  return db.raw(sql, bindings as Knex.ValueDict).options(prepared(sql));
}
