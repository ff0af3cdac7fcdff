import type { Issue, Locale } from '@oms/runtime';
import type { Db } from '../definitions/definition-store.js';

export interface ReleasePolicy {
  /** The one who saved a draft last may not publish it. */
  makerChecker: boolean;
}

export async function getReleasePolicy(db: Db, tenantId: string): Promise<ReleasePolicy> {
  const row = await db('release_policy').where({ tenant_id: tenantId }).first('maker_checker');
  return { makerChecker: row?.maker_checker ?? false };
}

export async function putReleasePolicy(db: Db, tenantId: string, p: ReleasePolicy, by: string | null, at: Date): Promise<ReleasePolicy> {
  await db('release_policy').insert({ tenant_id: tenantId, maker_checker: p.makerChecker, updated_by: by, updated_at: at }).onConflict('tenant_id').merge();
  return { ...p };
}

const TEXT = {
  en: (id: string) => `Maker-checker: you saved the draft of ${id} last, so someone else must publish it`,
  'zh-CN': (id: string) => `制作-复核：${id} 的草稿最后由你保存，须由其他人发布`,
};

/**
 * With maker-checker on, one issue per item whose draft the actor saved last (or is about to save: an
 * editor publish that sends its own text). Runs inside the publishing transaction, after the heads are locked.
 */
export async function makerCheckerIssues(
  db: Db, tenantId: string, actorId: string | null, locale: Locale,
  items: ReadonlyArray<{ kind: string; key: string; path: string; savesNow?: boolean }>,
): Promise<Issue[]> {
  if (!items.length || !(await getReleasePolicy(db, tenantId)).makerChecker) return [];
  const issues: Issue[] = [];
  for (const it of items) {
    const row = it.savesNow ? null : await db('definitions').where({ tenant_id: tenantId, kind: it.kind, key: it.key, version: 0 }).first('updated_by');
    const lastEditor = it.savesNow ? actorId : (row?.updated_by ?? null);
    if (lastEditor !== null && lastEditor === actorId) {
      const id = `${it.kind}/${it.key}`;
      issues.push({ path: it.path, code: 'release.maker-checker', message: (TEXT[locale] ?? TEXT.en)(id), params: { kind: it.kind, key: it.key } });
    }
  }
  return issues;
}
