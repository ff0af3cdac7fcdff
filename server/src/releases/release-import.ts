import type { Issue } from '@oms/runtime';
import { v7 as uuidv7 } from 'uuid';
import { writeAudit } from '../audit/audit.js';
import { DEFINITION_KINDS } from '../definitions/checker.js';
import { checksumOf } from '../definitions/checksum.js';
import { nowOf, type Actor, type DefinitionDeps } from '../definitions/context.js';
import * as defs from '../definitions/definition-store.js';
import { auditBase } from '../definitions/definition-service.js';
import { writeNextVersion } from '../definitions/publish.js';
import { crossCheck, type Candidate } from './cross-check.js';
import { issue } from './messages.js';
import { byPath, releaseInvalid, releaseView } from './release-service.js';
import * as store from './release-store.js';

export interface BundleDefinition {
  kind: string;
  key: string;
  version: number;
  checksum: string;
  body: Record<string, unknown>;
}

export interface Bundle {
  format: string;
  formatVersion: number;
  release?: { id?: string; note?: string | null; createdAt?: string; items?: unknown };
  definitions: BundleDefinition[];
}

const KEY = /^[a-z][a-z0-9-]{0,63}$/;
const withoutVersion = (b: Record<string, unknown>) => { const { version: _v, ...rest } = b; return rest; };

/** Checks that need no database: envelope, kind/key/version agreement, checksums, schema + semantics. */
function checkBundle(deps: DefinitionDeps, actor: Actor, bundle: Bundle): Issue[] {
  const { locale } = actor;
  const issues: Issue[] = [];
  if (bundle.format !== 'oms-release' || bundle.formatVersion !== 1) issues.push(issue('/format', 'release.unsupported-format', locale));
  const seen = new Set<string>();
  bundle.definitions.forEach((d, i) => {
    const at = `/definitions/${i}`;
    const params = { kind: d.kind, key: d.key };
    if (!(DEFINITION_KINDS as readonly string[]).includes(d.kind)) issues.push(issue(`${at}/kind`, 'release.unknown-definition', locale, params));
    if (!KEY.test(d.key)) issues.push(issue(`${at}/key`, 'release.unknown-definition', locale, params));
    if (seen.has(`${d.kind}/${d.key}`)) issues.push(issue(at, 'release.duplicate-item', locale, params));
    seen.add(`${d.kind}/${d.key}`);
    for (const [field, want] of [['kind', d.kind], ['key', d.key], ['version', d.version]] as const) {
      if (d.body[field] !== want) issues.push(issue(`${at}/body/${field}`, 'release.mismatch', locale, { field, expected: JSON.stringify(want) }));
    }
    const expected = checksumOf(d.body);
    if (expected !== d.checksum) issues.push(issue(`${at}/checksum`, 'release.checksum-mismatch', locale, { expected }));
    for (const x of deps.checker.validate(d.body, { locale })) issues.push({ ...x, path: `${at}/body${x.path}` });
  });
  return issues;
}

/**
 * Import a release bundle into this tenant: everything is checked first (shape, meaning, checksums,
 * cross-references against the bundle plus what is published here), then every definition becomes the
 * next version of its key here, in one transaction. A content-identical latest version is reused.
 */
export async function importRelease(deps: DefinitionDeps, actor: Actor, bundle: Bundle) {
  const { tenantId, locale } = actor;
  const issues = checkBundle(deps, actor, bundle);
  if (issues.length > 0) throw releaseInvalid(byPath(issues));
  return deps.db.transaction(async (trx) => {
    const at = nowOf(deps);
    const order = bundle.definitions.map((d, index) => ({ d, index })).sort((a, b) => a.d.kind.localeCompare(b.d.kind) || a.d.key.localeCompare(b.d.key));
    const heads = new Map<number, defs.HeadRow>();
    for (const { d, index } of order) {
      const ref = { tenantId, kind: d.kind, key: d.key };
      await defs.insertHead(trx, { tenant_id: tenantId, kind: d.kind, key: d.key, title: d.body.title ?? null, created_by: actor.userId, created_at: at, updated_at: at });
      const head = (await defs.getHead(trx, ref, { forUpdate: true }))!;
      if (head.archived_at) issues.push(issue(`/definitions/${index}`, 'release.archived', locale, { kind: d.kind, key: d.key }));
      heads.set(index, head);
    }
    const candidates: Candidate[] = bundle.definitions.map((d, i) => ({ kind: d.kind, key: d.key, body: d.body, path: `/definitions/${i}/body` }));
    const checked = issues.length === 0 ? await crossCheck(trx, tenantId, candidates, deps.pluginHost, locale) : { errors: [], warnings: [] };
    issues.push(...checked.errors);
    if (issues.length > 0) throw releaseInvalid(byPath([...issues, ...checked.warnings]));

    const items: store.ReleaseItem[] = new Array(bundle.definitions.length);
    for (const { d, index } of order) {
      const ref = { tenantId, kind: d.kind, key: d.key };
      const head = heads.get(index)!;
      const content = withoutVersion(d.body);
      const latest = head.latest_version > 0 ? await defs.getVersion(trx, ref, head.latest_version) : undefined;
      if (latest && checksumOf(withoutVersion(latest.body)) === checksumOf(content)) {
        items[index] = { kind: d.kind, key: d.key, version: latest.version, checksum: latest.checksum };
        continue;
      }
      if (!(await defs.getVersion(trx, ref, 0))) await defs.upsertDraft(trx, ref, content, checksumOf(content), actor.userId, at);
      const v = await writeNextVersion(trx, ref, head, content, actor.userId, at);
      items[index] = { kind: d.kind, key: d.key, version: v.version, checksum: v.checksum };
    }
    const source = { releaseId: bundle.release?.id ?? null, note: bundle.release?.note ?? null, createdAt: bundle.release?.createdAt ?? null, items: bundle.definitions.map(({ kind, key, version, checksum }) => ({ kind, key, version, checksum })) };
    const row: store.ReleaseRow = { tenant_id: tenantId, id: uuidv7(), status: 'imported', note: bundle.release?.note ?? null, source, items, created_by: actor.userId, created_at: at };
    await store.insertRelease(trx, row);
    await writeAudit(trx, { ...auditBase(actor), action: 'release.import', subject: `release:${row.id}`, details: { source: source.releaseId, items }, at });
    return { ...releaseView(row), warnings: byPath(checked.warnings) };
  });
}
