import { DEFINITION_KINDS } from '@oms/runtime';
import { api } from '../api/client';
import { definitionsApi } from '../api/definitions-api';
import type { DefinitionKind, DefinitionSummary, ValidationIssue } from '../api/types';

export interface ReleaseItem { kind: string; key: string; version: number; checksum: string }
export interface Release {
  id: string; status: 'published' | 'imported'; note: string | null; source: unknown;
  items: ReleaseItem[]; createdAt: string; createdBy: string | null; warnings?: ValidationIssue[];
}
export interface BundleDefinition { kind: string; key: string; version: number; checksum: string; body: Record<string, unknown> }
export interface Bundle { format: string; formatVersion: number; release?: { id?: string; note?: string | null; createdAt?: string }; definitions: BundleDefinition[] }

const stripVersion = (b: unknown) => {
  if (!b || typeof b !== 'object' || Array.isArray(b)) return b;
  const { version: _v, ...rest } = b as Record<string, unknown>;
  return rest;
};

export const releasesApi = {
  list: () => api.get<{ items: Release[] }>('/api/releases'),
  publish: (items: Array<{ kind: string; key: string }>, note?: string) => api.post<Release>('/api/releases', { items, ...(note ? { note } : {}) }),
  exportBundle: (id: string) => api.get<Bundle>(`/api/releases/${encodeURIComponent(id)}/export`),
  importBundle: (bundle: Bundle) => api.post<Release>('/api/releases/import', bundle),
  /** Every definition of every kind with an open draft (archived ones cannot be released). */
  drafts: async (): Promise<DefinitionSummary[]> => {
    const lists = await Promise.all(DEFINITION_KINDS.map((k) => definitionsApi.list(k as DefinitionKind)));
    return lists.flatMap((l) => l.items).filter((d) => d.hasDraft && d.status !== 'archived');
  },
  /** The latest published body (version stamp removed) or null when never published. */
  published: async (kind: string, key: string, latest: number | null): Promise<unknown> =>
    latest ? stripVersion((await definitionsApi.version(kind, key, latest)).body) : null,
  draftBody: async (kind: string, key: string): Promise<unknown> => stripVersion((await definitionsApi.get(kind, key)).draft?.body ?? null),
  /**
   * Rollback: the old version's body becomes the draft (compare-and-save on the current revision) and is
   * published as a new release of that one item, cross-checked like any other. In-flight orders keep their versions.
   */
  rollback: async (kind: string, key: string, version: number): Promise<Release> => {
    const [old, head] = await Promise.all([definitionsApi.version(kind, key, version), definitionsApi.get(kind, key)]);
    await definitionsApi.saveDraft(kind, key, stripVersion(old.body), head.revision);
    return releasesApi.publish([{ kind, key }], `rollback ${kind}/${key} to v${version}`);
  },
};
export { stripVersion };
