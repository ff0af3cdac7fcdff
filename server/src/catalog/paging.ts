import type { Knex } from 'knex';

export const MAX_PAGE = 200;
export const DEFAULT_PAGE = 50;

/** Query parameters every keyset-paged list takes: `limit` (≤ 200) and `after` (the previous page's nextCursor). */
export const pageQuery = {
  limit: { type: 'integer', minimum: 1, maximum: MAX_PAGE, description: `Page size (default ${DEFAULT_PAGE}, at most ${MAX_PAGE})` },
  after: { type: 'string', minLength: 1, maxLength: 200, description: 'nextCursor of the previous page' },
} as const;


/**
 * Keyset paging on one unique text column (the tenant's key: sku, location id, channel id): stable under
 * concurrent inserts and as fast on page 1,000 as on page 1.
 */
export async function keysetPage<T extends Record<string, unknown>>(
  q: Knex.QueryBuilder,
  column: string,
  page: { limit?: number; after?: string },
): Promise<{ rows: T[]; nextCursor: string | null }> {
  const limit = page.limit ?? DEFAULT_PAGE;
  if (page.after !== undefined) q.andWhere(column, '>', page.after);
  // The same collation for the comparison and the order, so the primary-key index serves both.
  const rows: T[] = await q.orderBy(column).limit(limit + 1);
  const items = rows.slice(0, limit);
  return { rows: items, nextCursor: rows.length > limit ? String(items[items.length - 1][column]) : null };
}

/** `q` free-text filter: case-insensitive substring on the given columns, LIKE wildcards in the input escaped. */
export function textFilter(q: Knex.QueryBuilder, columns: string[], text: string | undefined): void {
  if (!text) return;
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  q.andWhere((w) => {
    for (const c of columns) w.orWhere(c, 'ilike', pattern);
  });
}
