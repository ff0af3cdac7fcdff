import type { Issue } from '@oms/runtime';
import { v7 as uuidv7 } from 'uuid';
import { writeAudit } from '../audit/audit.js';
import { iso, nowOf, subjectOf, type Actor, type DefinitionDeps } from '../definitions/context.js';
import { getHead, getVersion, type HeadRow } from '../definitions/definition-store.js';
import { auditBase } from '../definitions/definition-service.js';
import { checksumOf } from '../definitions/checksum.js';
import { unchanged } from '../definitions/errors.js';
import { writeNextVersion } from '../definitions/publish.js';
import { HttpError } from '../http/errors.js';
import { crossCheck, type Candidate } from './cross-check.js';
import { issue } from './messages.js';
import { makerCheckerIssues } from './release-policy.js';
import * as store from './release-store.js';

const withoutVersion = (b: Record<string, unknown>) => { const { version: _v, ...rest } = b; return rest; };
const sameContent = (a: Record<string, unknown>, b: Record<string, unknown>) => checksumOf(withoutVersion(a)) === checksumOf(withoutVersion(b));

export const releaseNotFound = () => new HttpError(404, 'not-found', 'Release not found');
export const releaseInvalid = (issues: Issue[]) =>
  new HttpError(422, 'release.invalid', 'The release is invalid; nothing was published', { details: issues });

/** Issues ordered by their item index, then as found. */
export function byPath(issues: Issue[]): Issue[] {
  const idx = (p: string) => Number(/^\/\w+\/(\d+)/.exec(p)?.[1] ?? -1);
  return issues.map((x, i) => ({ x, i })).sort((a, b) => idx(a.x.path) - idx(b.x.path) || a.i - b.i).map((e) => e.x);
}

export function releaseView(r: store.ReleaseRow) {
  return { id: r.id, status: r.status, note: r.note, source: r.source ?? null, items: r.items, createdAt: iso(r.created_at), createdBy: r.created_by };
}

interface Locked {
  index: number;
  head: HeadRow;
  candidate: Candidate;
}

/**
 * Publish the drafts of several keys in ONE transaction, or none: every head is locked FOR UPDATE (in a
 * fixed order, so two releases cannot deadlock), every draft validated and cross-checked first.
 */
export async function publishRelease(deps: DefinitionDeps, actor: Actor, items: Array<{ kind: string; key: string }>, note?: string) {
  const { tenantId, locale } = actor;
  return deps.db.transaction(async (trx) => {
    const issues: Issue[] = [];
    const seen = new Set<string>();
    const order = items.map((it, index) => ({ ...it, index })).sort((a, b) => a.kind.localeCompare(b.kind) || a.key.localeCompare(b.key));
    const locked: Locked[] = [];
    for (const it of order) {
      const params = { kind: it.kind, key: it.key };
      const at = `/items/${it.index}`;
      if (seen.has(`${it.kind}/${it.key}`)) { issues.push(issue(at, 'release.duplicate-item', locale, params)); continue; }
      seen.add(`${it.kind}/${it.key}`);
      const ref = { tenantId, kind: it.kind, key: it.key };
      const head = await getHead(trx, ref, { forUpdate: true });
      if (!head) { issues.push(issue(at, 'release.unknown-definition', locale, params)); continue; }
      if (head.archived_at) { issues.push(issue(at, 'release.archived', locale, params)); continue; }
      const draft = await getVersion(trx, ref, 0);
      if (!draft) { issues.push(issue(at, 'release.no-draft', locale, params)); continue; }
      for (const i of deps.checker.validate(draft.body, { locale })) issues.push({ ...i, path: `${at}/body${i.path}` });
      locked.push({ index: it.index, head, candidate: { kind: it.kind, key: it.key, body: draft.body, path: `${at}/body` } });
    }
    issues.push(...(await makerCheckerIssues(trx, tenantId, actor.userId, locale, locked.map((l) => ({ kind: l.candidate.kind, key: l.candidate.key, path: `/items/${l.index}` })))));
    const checked = issues.length === 0 ? await crossCheck(trx, tenantId, locked.map((l) => l.candidate), deps.pluginHost, locale) : { errors: [], warnings: [] };
    issues.push(...checked.errors);
    if (issues.length > 0) throw releaseInvalid(byPath([...issues, ...checked.warnings]));
    // An item identical to its latest version is released as that version (no identical n+1); all identical is a 409.
    const latest = new Map<number, store.ReleaseItem>();
    for (const l of locked) {
      const v = l.head.latest_version > 0 ? await getVersion(trx, { tenantId, kind: l.candidate.kind, key: l.candidate.key }, l.head.latest_version) : undefined;
      if (v && sameContent(v.body, l.candidate.body)) latest.set(l.index, { kind: v.kind, key: v.key, version: v.version, checksum: v.checksum });
    }
    if (latest.size === locked.length) throw unchanged(locked[0]?.head.latest_version ?? 0);

    const at = nowOf(deps);
    const published: store.ReleaseItem[] = new Array(items.length);
    for (const l of locked) {
      const same = latest.get(l.index);
      if (same) { published[l.index] = same; continue; }
      const { kind, key, body } = l.candidate;
      const v = await writeNextVersion(trx, { tenantId, kind, key }, l.head, body, actor.userId, at);
      published[l.index] = { kind, key, version: v.version, checksum: v.checksum };
      await writeAudit(trx, { ...auditBase(actor), action: 'definition.publish', subject: subjectOf(kind, key), details: { kind, key, version: v.version, checksum: v.checksum }, at });
    }
    const row: store.ReleaseRow = { tenant_id: tenantId, id: uuidv7(), status: 'published', note: note ?? null, source: null, items: published, created_by: actor.userId, created_at: at };
    await store.insertRelease(trx, row);
    await writeAudit(trx, { ...auditBase(actor), action: 'release.publish', subject: `release:${row.id}`, details: { items: published }, at });
    return { ...releaseView(row), warnings: byPath(checked.warnings) };
  });
}

export async function listReleases(deps: DefinitionDeps, actor: Actor) {
  return (await store.listReleases(deps.db, actor.tenantId)).map(releaseView);
}

export async function getRelease(deps: DefinitionDeps, actor: Actor, id: string) {
  const row = await store.getRelease(deps.db, actor.tenantId, id);
  if (!row) throw releaseNotFound();
  return releaseView(row);
}

/** One self-contained JSON file: the release and the exact published bodies it froze. */
export async function exportRelease(deps: DefinitionDeps, actor: Actor, id: string) {
  const row = await store.getRelease(deps.db, actor.tenantId, id);
  if (!row) throw releaseNotFound();
  const definitions = [];
  for (const it of row.items) {
    const def = await getVersion(deps.db, { tenantId: actor.tenantId, kind: it.kind, key: it.key }, it.version);
    if (!def) throw new Error(`release ${id} names a missing version ${it.kind}/${it.key}@${it.version}`);
    definitions.push({ kind: it.kind, key: it.key, version: it.version, checksum: def.checksum, body: def.body });
  }
  const { id: rid, note, items, createdAt } = releaseView(row);
  return { format: 'oms-release', formatVersion: 1, release: { id: rid, note, createdAt, items }, definitions };
}
