import type { Db } from '../definitions/definition-store.js';

export interface ReleaseItem {
  kind: string;
  key: string;
  version: number;
  checksum: string;
}

export interface ReleaseRow {
  tenant_id: string;
  id: string;
  status: 'published' | 'imported';
  note: string | null;
  source: unknown;
  items: ReleaseItem[];
  created_by: string | null;
  created_at: Date;
}

export async function insertRelease(db: Db, row: ReleaseRow): Promise<void> {
  await db('releases').insert({ ...row, items: JSON.stringify(row.items), source: row.source == null ? null : JSON.stringify(row.source) });
}

/** Newest first; served by releases_tenant_created_idx. */
export async function listReleases(db: Db, tenantId: string, limit = 200): Promise<ReleaseRow[]> {
  return db<ReleaseRow>('releases').where({ tenant_id: tenantId }).orderBy([{ column: 'created_at', order: 'desc' }, { column: 'id', order: 'desc' }]).limit(limit);
}

export async function getRelease(db: Db, tenantId: string, id: string): Promise<ReleaseRow | undefined> {
  return db<ReleaseRow>('releases').where({ tenant_id: tenantId, id }).first();
}
