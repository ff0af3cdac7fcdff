import type { Knex } from 'knex';

/**
 * Published definition versions are immutable (a trigger guards them), so caching them per process is safe:
 * no other process could ever need to invalidate an entry.
 */
const cache = new Map<string, unknown>();
const MAX_ENTRIES = 500;

export async function loadPublished<T>(db: Knex | Knex.Transaction, tenantId: string, kind: string, key: string, version: number): Promise<T> {
  const k = `${tenantId}|${kind}|${key}|${version}`;
  const hit = cache.get(k);
  if (hit) return hit as T;
  const row = await db('definitions').where({ tenant_id: tenantId, kind, key, version }).whereNot({ status: 'draft' }).first('body');
  if (!row) throw new Error(`flows: published ${kind} ${key} v${version} not found`);
  const body = { ...(row.body as object), version } as T;
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(k, body);
  return body;
}
