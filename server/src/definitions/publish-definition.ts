import { writeAudit } from '../audit/audit.js';
import { crossCheck } from '../releases/cross-check.js';
import { makerCheckerIssues } from '../releases/release-policy.js';
import { checksumOf } from './checksum.js';
import { nowOf, subjectOf, type Actor, type DefinitionDeps } from './context.js';
import { auditBase, saveDraft } from './definition-service.js';
import * as store from './definition-store.js';
import { assertDraftShape, invalidDefinition, unchanged } from './errors.js';
import { lockForPublish, writeNextVersion, type PublishedVersion } from './publish.js';

const content = (b: Record<string, unknown>) => { const { version: _v, ...rest } = b; return checksumOf(rest); };

/** What the editor may send with a publish: the text it shows (saved only if the publish succeeds). */
export interface PublishInput {
  body?: unknown;
  revision?: number;
}

/**
 * Publish one key: a release of one. The body (the given one, else the stored draft) must be valid on
 * its own and pass the release check against the tenant's other published definitions and installation;
 * a refusal (422) writes nothing, so the stored draft stays as it was. A body identical to the latest
 * version is 409 `definition.unchanged`.
 */
export async function publishDefinition(deps: DefinitionDeps, actor: Actor, kind: string, key: string, input: PublishInput = {}): Promise<PublishedVersion & { warnings: unknown[] }> {
  const ref = { tenantId: actor.tenantId, kind, key };
  if (input.body !== undefined) assertDraftShape(kind, key, input.body, '/body');
  return deps.db.transaction(async (trx) => {
    const { head, draft: stored } = await lockForPublish(trx, ref);
    const draft = (input.body as Record<string, unknown> | undefined) ?? stored;
    const issues = deps.checker.validate(draft, { locale: actor.locale });
    if (issues.length > 0) throw invalidDefinition(issues);
    if (head.latest_version > 0) {
      const latest = await store.getVersion(trx, ref, head.latest_version);
      if (latest && content(latest.body) === content(draft)) throw unchanged(latest.version);
    }
    const { errors, warnings } = await crossCheck(trx, actor.tenantId, [{ kind, key, body: draft, path: '' }], deps.pluginHost, actor.locale);
    const own = await makerCheckerIssues(trx, actor.tenantId, actor.userId, actor.locale, [{ kind, key, path: '', savesNow: input.body !== undefined }]);
    if (errors.length > 0 || own.length > 0) throw invalidDefinition([...own, ...errors, ...warnings]);
    if (input.body !== undefined) await saveDraft(trx, deps, actor, head, draft, input.revision);
    const at = nowOf(deps);
    const { body: _body, ...published } = await writeNextVersion(trx, ref, head, draft, actor.userId, at);
    await writeAudit(trx, { ...auditBase(actor), action: 'definition.publish', subject: subjectOf(kind, key), details: { kind, key, version: published.version, checksum: published.checksum }, at });
    return { ...published, warnings };
  });
}
