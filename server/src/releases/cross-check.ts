import { checkRelease, DEFINITION_KINDS, type Issue, type Locale, type ReleaseDefinition } from '@oms/runtime';
import { latestPublished, type Db } from '../definitions/definition-store.js';
import type { PluginHost } from '../plugins/plugin-host.js';
import { releaseContext } from './release-context.js';

/** One definition about to be published; `path` is where its body sits in the request (`/items/2/body`). */
export interface Candidate extends ReleaseDefinition {
  path: string;
}

export interface CrossCheckResult {
  errors: Issue[];
  warnings: Issue[];
}

/**
 * The runtime's release check for definitions published together, against what this tenant has
 * published (archived keys do not count) and its installation (plugins, locations, roles). The server
 * only gathers that context; the rules live in `checkRelease`.
 */
export async function crossCheck(db: Db, tenantId: string, candidates: Candidate[], pluginHost: PluginHost | undefined, locale: Locale): Promise<CrossCheckResult> {
  const own = new Set(candidates.map((c) => `${c.kind}/${c.key}`));
  const published = (await latestPublished(db, tenantId, [...DEFINITION_KINDS]))
    .filter((row) => !own.has(`${row.kind}/${row.key}`))
    .map((row) => ({ kind: row.kind, key: row.key, body: row.body }));
  const context = await releaseContext(db, pluginHost, tenantId);
  const issues = checkRelease(candidates, context, { locale, published });
  return { errors: issues.filter((i) => i.severity !== 'warning'), warnings: issues.filter((i) => i.severity === 'warning') };
}
