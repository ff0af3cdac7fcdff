import type { Knex } from 'knex';
import type { PublishedDefinition } from './intake-context.js';

/**
 * Published definition versions are immutable, so their parsed bodies are cached per process (bounded, oldest
 * evicted). Nothing here is state another process needs: a miss is one query. Keeping the same object also
 * lets the rule engine's compile cache (by identity) hit, so review rules compile once per version.
 */
const MAX = 500;
const cache = new Map<string, PublishedDefinition>();
const keyOf = (tenantId: string, d: { kind: string; key: string; version: number }) => `${tenantId}|${d.kind}|${d.key}|${d.version}`;

export async function withBodies(
  db: Knex,
  tenantId: string,
  refs: Array<{ kind: PublishedDefinition['kind']; key: string; version: number }>,
): Promise<PublishedDefinition[]> {
  const missing = refs.filter((r) => !cache.has(keyOf(tenantId, r)));
  if (missing.length) {
    const rows = await db('definitions')
      .where('tenant_id', tenantId)
      .whereIn(['kind', 'key', 'version'], missing.map((r) => [r.kind, r.key, r.version]))
      .select('kind', 'key', 'version', 'body');
    for (const r of rows) {
      if (cache.size >= MAX) cache.delete(cache.keys().next().value!);
      cache.set(keyOf(tenantId, r), r as PublishedDefinition);
    }
  }
  return refs.map((r) => cache.get(keyOf(tenantId, r))).filter((d): d is PublishedDefinition => d !== undefined);
}
