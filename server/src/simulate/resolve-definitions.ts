import type { DefinitionKind, Issue, Locale } from '@oms/runtime';
import { defaultChecker } from '../definitions/checker.js';
import { getVersion, latestPublished, type Db } from '../definitions/definition-store.js';
import { HttpError } from '../http/errors.js';

/** Which definition to use: an unsaved body from the editor, a stored draft, a version, or (default) the latest published. */
export interface DefinitionSelector {
  key?: string;
  version?: number | 'draft';
  body?: Record<string, unknown>;
}

export type SimKind = DefinitionKind;

/**
 * Resolve one definition for a simulation. Nothing is written; a body that does not pass the kind's checks
 * is a 422 with the issues pinned under `/definitions/<kind>/body`, so the designer can show them.
 */
export async function resolveDefinition(
  db: Db,
  tenantId: string,
  kind: SimKind,
  sel: DefinitionSelector | undefined,
  locale: Locale,
): Promise<Record<string, unknown> | undefined> {
  let body: Record<string, unknown> | undefined;
  const where = `/definitions/${kind}`;
  if (sel?.body) body = sel.body;
  else if (sel?.key && sel.version !== undefined) {
    const row = await getVersion(db, { tenantId, kind, key: sel.key }, sel.version === 'draft' ? 0 : sel.version);
    if (!row) throw new HttpError(404, 'simulate.definition-not-found', `No ${kind} ${sel.key} version ${sel.version}`, { path: where });
    body = row.body as Record<string, unknown>;
  } else {
    const published = (await latestPublished(db, tenantId, [kind])).filter((r) => !sel?.key || r.key === sel.key);
    if (sel?.key && published.length === 0) {
      throw new HttpError(404, 'simulate.definition-not-found', `No published ${kind} ${sel.key}`, { path: where });
    }
    if (published.length > 1) {
      throw new HttpError(422, 'simulate.ambiguous-definition', `Several ${kind}s are published: name one with definitions.${kind}.key`, {
        path: where,
        details: { keys: published.map((r) => r.key) },
      });
    }
    body = published[0]?.body as Record<string, unknown> | undefined;
  }
  if (body) assertValid(kind, body, `${where}${sel?.body ? '/body' : ''}`, locale);
  return body;
}

/**
 * All latest published routings by key, with the chosen one (draft or body) in place of its key. `fallback` is
 * what a route node naming no routing uses: the chosen one, else the only published one.
 */
export async function resolveRoutings(
  db: Db,
  tenantId: string,
  sel: DefinitionSelector | undefined,
  locale: Locale,
): Promise<{ byKey: Record<string, Record<string, unknown>>; fallback?: string }> {
  const byKey: Record<string, Record<string, unknown>> = {};
  for (const r of await latestPublished(db, tenantId, ['routing'])) byKey[r.key] = r.body as Record<string, unknown>;
  let fallback = Object.keys(byKey).length === 1 ? Object.keys(byKey)[0] : undefined;
  if (sel) {
    const chosen = await resolveDefinition(db, tenantId, 'routing', sel, locale);
    if (chosen) byKey[(fallback = String(chosen.key))] = chosen;
  }
  return fallback ? { byKey, fallback } : { byKey };
}

function assertValid(kind: SimKind, body: Record<string, unknown>, path: string, locale: Locale): void {
  if (body.kind !== kind) {
    throw new HttpError(422, 'simulate.wrong-kind', `Expected a ${kind} definition`, { path: `${path}/kind` });
  }
  const errors: Issue[] = defaultChecker().validate(body, { locale });
  if (errors.length) {
    throw new HttpError(422, 'simulate.definition-invalid', `The ${kind} definition has ${errors.length} problem(s)`, {
      path: path + errors[0].path,
      details: { issues: errors.map((i) => ({ ...i, path: path + i.path })) },
    });
  }
}
