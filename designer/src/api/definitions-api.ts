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
  saveDraft: (kind: string, key: string, body: unknown) => api.put<unknown>(`${base(kind, key)}/draft`, { body }),
  validate: (kind: string, key: string, body?: unknown) =>
    api.post<ValidateResult>(`${base(kind, key)}/validate`, body === undefined ? {} : { body }),
  publish: (kind: string, key: string) => api.post<PublishResult>(`${base(kind, key)}/publish`),
  versions: (kind: string, key: string) => api.get<{ items: VersionSummary[] }>(`${base(kind, key)}/versions`),
  version: (kind: string, key: string, n: number) => api.get<VersionDetail>(`${base(kind, key)}/versions/${n}`),
  diff: (kind: string, key: string, from: number | 'draft', to: number | 'draft') =>
    api.get<DiffResult>(`${base(kind, key)}/diff?from=${from}&to=${to}`),
  archive: (kind: string, key: string) => api.post<unknown>(`${base(kind, key)}/archive`),
};
