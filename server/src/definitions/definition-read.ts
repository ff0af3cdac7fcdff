import { jsonDiff, type JsonChange } from '@oms/runtime';
import { HttpError } from '../http/errors.js';
import { iso, type Actor, type DefinitionDeps } from './context.js';
import * as store from './definition-store.js';
import { definitionNotFound, publishedImmutable, versionNotFound } from './errors.js';

export async function listVersions(deps: DefinitionDeps, actor: Actor, kind: string, key: string) {
  const ref = { tenantId: actor.tenantId, kind, key };
  if (!(await store.getHead(deps.db, ref))) throw definitionNotFound();
  const rows = await store.listVersions(deps.db, ref);
  return rows.map((r) => ({ version: r.version, checksum: r.checksum, status: r.status, publishedAt: iso(r.published_at), publishedBy: r.published_by }));
}

export async function getPublishedVersion(deps: DefinitionDeps, actor: Actor, kind: string, key: string, version: number) {
  const row = version > 0 ? await store.getVersion(deps.db, { tenantId: actor.tenantId, kind, key }, version) : undefined;
  if (!row) throw versionNotFound();
  return { version: row.version, status: row.status, body: row.body, checksum: row.checksum, publishedAt: iso(row.published_at), publishedBy: row.published_by };
}

/** Any write aimed at a published version: 409 if it exists (it never changes), 404 like any missing object otherwise. */
export async function rejectVersionWrite(deps: DefinitionDeps, actor: Actor, kind: string, key: string, version: number): Promise<never> {
  await getPublishedVersion(deps, actor, kind, key, version);
  throw publishedImmutable(version);
}

export type DiffSide = number | 'draft';

export function parseDiffSide(raw: string, name: string): DiffSide {
  if (raw === 'draft') return 'draft';
  if (/^[1-9][0-9]{0,8}$/.test(raw)) return Number(raw);
  throw new HttpError(400, 'request.invalid', `${name} must be a version number or "draft"`, { path: `/query/${name}` });
}

async function bodyOf(deps: DefinitionDeps, actor: Actor, kind: string, key: string, side: DiffSide) {
  const row = await store.getVersion(deps.db, { tenantId: actor.tenantId, kind, key }, side === 'draft' ? 0 : side);
  if (!row) throw side === 'draft' ? definitionNotFound() : versionNotFound();
  // The version number is the diff's from/to; leaving it in would show `/version` in every diff.
  const { version: _v, ...body } = row.body;
  return body;
}

export async function diffVersions(deps: DefinitionDeps, actor: Actor, kind: string, key: string, from: DiffSide, to: DiffSide): Promise<{ from: DiffSide; to: DiffSide; changes: JsonChange[] }> {
  const [a, b] = await Promise.all([bodyOf(deps, actor, kind, key, from), bodyOf(deps, actor, kind, key, to)]);
  return { from, to, changes: jsonDiff(a, b) };
}
