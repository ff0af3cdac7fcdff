import { api } from './client';
import type {
  DefinitionDetail, DefinitionKind, DefinitionSummary, DiffResult, PublishResult, ValidateResult,
  VersionDetail, VersionSummary,
} from './types';

const base = (kind: string, key: string) => `/api/definitions/${encodeURIComponent(kind)}/${encodeURIComponent(key)}`;

export const definitionsApi = {
  list: (kind: DefinitionKind) =>
    api.get<{ items: DefinitionSummary[] }>(`/api/definitions?kind=${encodeURIComponent(kind)}`),
  create: (kind: DefinitionKind, key: string, body: unknown) =>
    api.post<DefinitionSummary>('/api/definitions', { kind, key, body }),
  get: (kind: string, key: string) => api.get<DefinitionDetail>(base(kind, key)),
  /** Compare-and-save: `revision` is the one the editor loaded; 409 definition.conflict if someone saved since. */
  saveDraft: (kind: string, key: string, body: unknown, revision: number) =>
    api.put<DefinitionSummary>(`${base(kind, key)}/draft`, { body, revision }),
  validate: (kind: string, key: string, body?: unknown) =>
    api.post<ValidateResult>(`${base(kind, key)}/validate`, body === undefined ? {} : { body }),
  /** With `edit`, the editor's text is saved only if the publish succeeds (a refused publish keeps the stored draft). */
  publish: (kind: string, key: string, edit?: { body: unknown; revision: number }) =>
    api.post<PublishResult>(`${base(kind, key)}/publish`, edit),
  versions: (kind: string, key: string) => api.get<{ items: VersionSummary[] }>(`${base(kind, key)}/versions`),
  version: (kind: string, key: string, n: number) => api.get<VersionDetail>(`${base(kind, key)}/versions/${n}`),
  diff: (kind: string, key: string, from: number | 'draft', to: number | 'draft') =>
    api.get<DiffResult>(`${base(kind, key)}/diff?from=${from}&to=${to}`),
  archive: (kind: string, key: string) => api.post<unknown>(`${base(kind, key)}/archive`),
};
