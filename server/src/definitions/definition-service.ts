import { writeAudit } from '../audit/audit.js';
import { checksumOf } from './checksum.js';
import { nowOf, subjectOf, iso, type Actor, type DefinitionDeps } from './context.js';
import * as store from './definition-store.js';
import { alreadyExists, archived, assertDraftShape, conflict, definitionNotFound, revisionRequired } from './errors.js';

export interface DefinitionSummary {
  kind: string;
  key: string;
  title: unknown;
  status: 'draft' | 'published' | 'archived';
  latestVersion: number;
  hasDraft: boolean;
  /** The draft's revision: send it back when saving (If-Match) so a save never overwrites someone else's. */
  revision: number;
  updatedAt: string | null;
}

function summaryOf(h: store.HeadWithDraft): DefinitionSummary {
  const status = h.archived_at ? 'archived' : h.latest_version > 0 ? 'published' : 'draft';
  // The draft is a working copy kept after publish; it has news only when its content differs from the latest version.
  const hasDraft = h.has_draft;
  return { kind: h.kind, key: h.key, title: h.title ?? null, status, latestVersion: h.latest_version, hasDraft, revision: h.revision, updatedAt: iso(h.updated_at) };
}

export async function listDefinitions(deps: DefinitionDeps, actor: Actor, kind?: string): Promise<DefinitionSummary[]> {
  return (await store.listHeads(deps.db, actor.tenantId, kind)).map(summaryOf);
}

/** Read inside the writing transaction (pass `trx`): a reply must never depend on a second query after commit. */
export async function summary(db: store.Db, actor: Actor, kind: string, key: string): Promise<DefinitionSummary> {
  const [row] = await store.listHeads(db, actor.tenantId, kind, key);
  if (!row) throw definitionNotFound();
  return summaryOf(row);
}

export async function createDefinition(deps: DefinitionDeps, actor: Actor, kind: string, key: string, body: unknown): Promise<DefinitionSummary> {
  assertDraftShape(kind, key, body, '/body');
  const ref = { tenantId: actor.tenantId, kind, key };
  const at = nowOf(deps);
  return deps.db.transaction(async (trx) => {
    const inserted = await store.insertHead(trx, { tenant_id: actor.tenantId, kind, key, title: body.title ?? null, created_by: actor.userId, created_at: at, updated_at: at });
    if (!inserted) throw alreadyExists();
    await store.upsertDraft(trx, ref, body, checksumOf(body), actor.userId, at);
    await writeAudit(trx, { ...auditBase(actor), action: 'definition.create', subject: subjectOf(kind, key), details: { kind, key }, at });
    return summary(trx, actor, kind, key);
  });
}

export async function getDefinition(deps: DefinitionDeps, actor: Actor, kind: string, key: string) {
  const s = await summary(deps.db, actor, kind, key);
  // `draft` is shown exactly when the list says `hasDraft`: a working copy equal to the latest version is no draft.
  const draft = s.hasDraft ? await store.getVersion(deps.db, { tenantId: actor.tenantId, kind, key }, 0) : undefined;
  return {
    kind: s.kind, key: s.key, title: s.title, status: s.status, latestVersion: s.latestVersion, hasDraft: s.hasDraft, revision: s.revision,
    draft: draft ? { body: draft.body, updatedAt: iso(draft.updated_at), updatedBy: draft.updated_by } : null,
  };
}

export async function updateDraft(deps: DefinitionDeps, actor: Actor, kind: string, key: string, body: unknown, revision: number | undefined): Promise<DefinitionSummary> {
  assertDraftShape(kind, key, body, '/body');
  return deps.db.transaction(async (trx) => {
    // Lock the head like publish and archive do: saves of one key serialise with them (no lock-order deadlocks).
    const head = await store.getHead(trx, { tenantId: actor.tenantId, kind, key }, { forUpdate: true });
    if (!head) throw definitionNotFound();
    await saveDraft(trx, deps, actor, head, body, revision);
    return summary(trx, actor, kind, key);
  });
}

/**
 * Compare-and-save on a locked head: the caller's revision must be the current one (409 otherwise);
 * the draft is replaced and the revision goes up by one.
 */
export async function saveDraft(trx: store.Db, deps: DefinitionDeps, actor: Actor, head: store.HeadRow, body: Record<string, unknown>, revision: number | undefined): Promise<void> {
  if (head.archived_at) throw archived();
  if (revision === undefined) throw revisionRequired();
  if (revision !== head.revision) throw conflict(head.revision, revision);
  const ref = { tenantId: actor.tenantId, kind: head.kind, key: head.key };
  const at = nowOf(deps);
  await store.upsertDraft(trx, ref, body, checksumOf(body), actor.userId, at);
  await store.updateHead(trx, ref, { title: body.title ?? null, revision: head.revision + 1, updated_at: at });
  head.revision += 1;
  await writeAudit(trx, { ...auditBase(actor), action: 'definition.update-draft', subject: subjectOf(head.kind, head.key), details: { kind: head.kind, key: head.key, revision: head.revision }, at });
}

/** Validate a given body, or else the stored draft; the body's kind/key must match the URL. */
export async function validateDraft(deps: DefinitionDeps, actor: Actor, kind: string, key: string, body?: unknown) {
  let target = body;
  if (target === undefined) {
    const draft = await store.getVersion(deps.db, { tenantId: actor.tenantId, kind, key }, 0);
    if (!draft) throw definitionNotFound();
    target = draft.body;
  } else if (!(await store.getHead(deps.db, { tenantId: actor.tenantId, kind, key }))) {
    throw definitionNotFound();
  }
  const issues = deps.checker.validate(target, { locale: actor.locale });
  const b = target !== null && typeof target === 'object' ? (target as Record<string, unknown>) : null;
  for (const [field, want] of [['kind', kind], ['key', key]] as const) {
    if (b && b[field] !== want && !issues.some((i) => i.path === `/${field}`)) {
      issues.push({ path: `/${field}`, code: 'definition.mismatch', message: `${field} must be "${want}"` });
    }
  }
  return { valid: issues.length === 0, issues };
}

export async function archiveDefinition(deps: DefinitionDeps, actor: Actor, kind: string, key: string): Promise<DefinitionSummary> {
  const ref = { tenantId: actor.tenantId, kind, key };
  return deps.db.transaction(async (trx) => {
    const head = await store.getHead(trx, ref, { forUpdate: true });
    if (!head) throw definitionNotFound();
    if (head.archived_at) throw archived();
    const at = nowOf(deps);
    await store.updateHead(trx, ref, { archived_at: at, archived_by: actor.userId, updated_at: at });
    await store.markVersionsArchived(trx, ref, actor.userId, at);
    await writeAudit(trx, { ...auditBase(actor), action: 'definition.archive', subject: subjectOf(kind, key), details: { kind, key }, at });
    return summary(trx, actor, kind, key);
  });
}

export const auditBase = (actor: Actor) => ({ tenantId: actor.tenantId, actorId: actor.userId, apiKeyId: actor.apiKeyId ?? null, requestId: actor.requestId, ip: actor.ip });
