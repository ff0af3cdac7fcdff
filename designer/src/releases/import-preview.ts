import { ApiError } from '../api/client';
import { definitionsApi } from '../api/definitions-api';
import type { Bundle } from './releases-api';
import { stripVersion } from './releases-api';
import { semanticDiff, type SemanticChange } from './semantic-diff';

export interface ImportRow {
  kind: string;
  key: string;
  version: number;
  /** new: no such key here; same: identical to the published version here; conflict: differs from it. */
  state: 'new' | 'same' | 'conflict';
  localVersion: number | null;
  changes: SemanticChange[];
}

/** Compare each definition of a release file with what this tenant has published under the same key. */
export async function previewImport(bundle: Bundle): Promise<ImportRow[]> {
  return Promise.all(bundle.definitions.map(async (d): Promise<ImportRow> => {
    let latest: number | null = null;
    try {
      latest = (await definitionsApi.get(d.kind, d.key)).latestVersion;
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 404)) throw e;
    }
    const incoming = stripVersion(d.body);
    if (!latest) return { kind: d.kind, key: d.key, version: d.version, state: 'new', localVersion: null, changes: semanticDiff(d.kind, null, incoming) };
    const local = stripVersion((await definitionsApi.version(d.kind, d.key, latest)).body);
    const changes = semanticDiff(d.kind, local, incoming);
    return { kind: d.kind, key: d.key, version: d.version, state: changes.length ? 'conflict' : 'same', localVersion: latest, changes };
  }));
}

/** A release file's envelope, or null when the text is no oms-release bundle. */
export function parseBundle(text: string): Bundle | null {
  try {
    const b = JSON.parse(text) as Bundle;
    return b && b.format === 'oms-release' && Array.isArray(b.definitions) ? b : null;
  } catch {
    return null;
  }
}
