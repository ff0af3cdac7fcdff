import type { Knex } from 'knex';
import { readableBody } from './readable-body.js';

/**
 * PostgreSQL access for definitions. Every query is scoped by tenant_id; the primary keys
 * (tenant_id, kind, key[, version]) serve every lookup, list and range the API makes.
 */
export type Db = Knex | Knex.Transaction;

export interface HeadRow {
  tenant_id: string;
  kind: string;
  key: string;
  title: unknown;
  latest_version: number;
  /** Saves of the draft so far (migration 0009): the draft's ETag. */
  revision: number;
  archived_at: Date | null;
  archived_by: string | null;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface DefinitionRow {
  tenant_id: string;
  kind: string;
  key: string;
  version: number;
  status: 'draft' | 'published' | 'archived';
  body: Record<string, unknown>;
  checksum: string;
  created_by: string | null;
  created_at: Date;
  updated_by: string | null;
  updated_at: Date;
  published_by: string | null;
  published_at: Date | null;
}

export interface HeadWithDraft extends HeadRow {
  has_draft: boolean;
}

export interface Ref {
  tenantId: string;
  kind: string;
  key: string;
}

const where = (r: Ref) => ({ tenant_id: r.tenantId, kind: r.kind, key: r.key });

export async function listHeads(db: Db, tenantId: string, kind?: string, key?: string): Promise<HeadWithDraft[]> {
  const q = db('definition_heads as h')
    .leftJoin('definitions as d', function () {
      this.on('d.tenant_id', 'h.tenant_id').andOn('d.kind', 'h.kind').andOn('d.key', 'h.key').andOnVal('d.version', 0);
    })
    .leftJoin('definitions as p', function () {
      this.on('p.tenant_id', 'h.tenant_id').andOn('p.kind', 'h.kind').andOn('p.key', 'h.key').andOn('p.version', 'h.latest_version').andOnVal('p.version', '>', 0);
    })
    .where('h.tenant_id', tenantId)
    // jsonb equality ignores key order: the draft is news when its content (version aside) differs from the latest.
    .select('h.*', db.raw(`(d.body IS NOT NULL AND (p.body IS NULL OR (d.body - 'version') IS DISTINCT FROM (p.body - 'version'))) AS has_draft`))
    .orderBy([{ column: 'h.kind' }, { column: 'h.key' }]);
  if (kind) q.andWhere('h.kind', kind);
  if (key) q.andWhere('h.key', key);
  return q;
}

export async function getHead(db: Db, ref: Ref, opts: { forUpdate?: boolean } = {}): Promise<HeadRow | undefined> {
  const q = db<HeadRow>('definition_heads').where(where(ref)).first();
  if (opts.forUpdate) q.forUpdate();
  return q;
}

/** Insert a head; returns false when (tenant, kind, key) already exists. */
export async function insertHead(db: Db, row: Omit<HeadRow, 'archived_at' | 'archived_by' | 'latest_version' | 'revision'>): Promise<boolean> {
  const res = await db('definition_heads')
    .insert({ ...row, title: JSON.stringify(row.title ?? null) })
    .onConflict(['tenant_id', 'kind', 'key'])
    .ignore()
    .returning('key');
  return res.length === 1;
}

export async function updateHead(db: Db, ref: Ref, patch: Partial<Pick<HeadRow, 'title' | 'latest_version' | 'revision' | 'archived_at' | 'archived_by' | 'updated_at'>>): Promise<void> {
  const values: Record<string, unknown> = { ...patch };
  if ('title' in patch) values.title = JSON.stringify(patch.title ?? null);
  await db('definition_heads').where(where(ref)).update(values);
}

export async function getVersion(db: Db, ref: Ref, version: number): Promise<DefinitionRow | undefined> {
  const row = await db<DefinitionRow>('definitions').where({ ...where(ref), version }).first();
  if (row) row.body = readableBody(ref.kind, row.body);
  return row;
}

/** Write the draft (version 0) row: insert or replace its body. */
export async function upsertDraft(db: Db, ref: Ref, body: object, checksum: string, by: string | null, at: Date): Promise<void> {
  await db('definitions')
    .insert({ ...where(ref), version: 0, status: 'draft', body: JSON.stringify(body), checksum, created_by: by, created_at: at, updated_by: by, updated_at: at })
    .onConflict(['tenant_id', 'kind', 'key', 'version'])
    .merge({ body: JSON.stringify(body), checksum, updated_by: by, updated_at: at });
}

export async function insertPublished(db: Db, ref: Ref, version: number, body: object, checksum: string, by: string | null, at: Date): Promise<void> {
  await db('definitions').insert({
    ...where(ref), version, status: 'published', body: JSON.stringify(body), checksum,
    created_by: by, created_at: at, updated_by: by, updated_at: at, published_by: by, published_at: at,
  });
}

export async function listVersions(db: Db, ref: Ref): Promise<Array<Pick<DefinitionRow, 'version' | 'checksum' | 'status' | 'published_at' | 'published_by'>>> {
  return db('definitions')
    .where(where(ref))
    .andWhere('version', '>', 0)
    .select('version', 'checksum', 'status', 'published_at', 'published_by')
    .orderBy('version', 'asc');
}

/** Published rows of an archived key say so; the trigger allows only this status change on them. */
export async function markVersionsArchived(db: Db, ref: Ref, by: string | null, at: Date): Promise<void> {
  await db('definitions').where(where(ref)).andWhere('version', '>', 0).andWhere('status', 'published').update({ status: 'archived', updated_by: by, updated_at: at });
}

/** The latest published body of each live (non-archived) key of some kinds: the targets of cross-references. */
export async function latestPublished(db: Db, tenantId: string, kinds: string[]): Promise<DefinitionRow[]> {
  if (kinds.length === 0) return [];
  return db('definition_heads as h')
    .join('definitions as d', function () {
      this.on('d.tenant_id', 'h.tenant_id').andOn('d.kind', 'h.kind').andOn('d.key', 'h.key').andOn('d.version', 'h.latest_version');
    })
    .where('h.tenant_id', tenantId)
    .whereIn('h.kind', kinds)
    .whereNull('h.archived_at')
    .andWhere('h.latest_version', '>', 0)
    .select('d.*');
}
