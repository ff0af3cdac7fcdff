import { api, request } from './client';

export type JsonSchema = Record<string, unknown>;
export type ErrorClass = 'retryable' | 'rate-limited' | 'auth' | 'conflict' | 'validation' | 'permanent';
export interface PluginError { class: ErrorClass; code: string; message: string }
type I18n = string | Record<string, string>;

export interface CatalogVersion { version: string; apiVersion: string; source: 'bundled' | 'uploaded'; uploadedAt?: string; sha256?: string; manifest: Record<string, unknown> }
export interface CatalogEntry {
  id: string; title: I18n; description?: I18n; kinds: string[]; latest: string; versions: CatalogVersion[];
  installation: { id: string; version: string; enabled: boolean } | null;
}

export interface Installation {
  id: string; pluginId: string; version: string; source: 'bundled' | 'uploaded'; enabled: boolean;
  config: Record<string, unknown>;
  credentials: { set: boolean; setAt: string | null; fields: string[] };
  extraHosts: string[]; capabilities: string[]; revision: number; createdAt: string; updatedAt: string;
}

export interface InstallationDetail extends Installation {
  title: I18n; configSchema: JsonSchema; credentialsSchema: JsonSchema;
  webhook: { url: string; signatureHeader: string; scheme: string } | null;
  polling: { intervalSeconds: number } | null;
  packageAvailable: boolean;
}

export interface Health {
  installationId: string; enabled: boolean; circuit: 'closed' | 'open' | 'half-open'; consecutiveFailures: number;
  openedAt: string | null; lastSuccessAt: string | null; lastErrorAt: string | null; lastError: PluginError | null;
  lastSyncAt: string | null;
  lastSync: { at: string; capabilities: Array<{ capability: string; pages: number; items: number; created: number; duplicates: number; deadLetters: number; cursor: string | null; error?: PluginError }> } | null;
  queueDepth: { jobs: number; webhooks: number; deadLetters: number };
  cursors: Array<{ capability: string; cursor: string | null; updatedAt: string }>;
}

export interface DeadLetter {
  id: string; installationId: string; pluginId: string; kind: 'capability' | 'webhook' | 'intake'; capability: string | null;
  payload: unknown; idempotencyKey: string | null; error: PluginError; attempts: number; status: 'open' | 'replayed' | 'failed-again';
  replayResult: { ok: boolean; error?: PluginError } | null; createdAt: string; replayedAt: string | null;
}

const id = encodeURIComponent;

export const pluginsApi = {
  catalog: () => api.get<{ items: CatalogEntry[] }>('/api/plugins').then((r) => r.items),
  upload: (file: Blob) => api.postBinary<{ pluginId: string; version: string; duplicate: boolean }>('/api/plugins/upload', file, 'application/gzip'),
  installations: () => api.get<{ items: Installation[] }>('/api/installations').then((r) => r.items),
  install: (body: { pluginId: string; version?: string; config?: object; credentials?: object; enabled?: boolean; extraHosts?: string[] }) =>
    api.post<Installation>('/api/installations', body),
  get: (iid: string) => api.get<InstallationDetail>(`/api/installations/${id(iid)}`),
  update: (iid: string, patch: { version?: string; config?: object; enabled?: boolean; extraHosts?: string[]; revision?: number }) =>
    request<Installation>('PATCH', `/api/installations/${id(iid)}`, patch),
  uninstall: (iid: string) => request<void>('DELETE', `/api/installations/${id(iid)}`),
  setCredentials: (iid: string, credentials: object) => api.put<{ set: boolean; setAt: string; fields: string[] }>(`/api/installations/${id(iid)}/credentials`, { credentials }),
  test: (iid: string) => api.post<{ ok: boolean; message?: string; error?: PluginError; durationMs: number }>(`/api/installations/${id(iid)}/test`),
  sync: (iid: string) => api.post<{ queued: boolean }>(`/api/installations/${id(iid)}/sync`),
  health: (iid: string) => api.get<Health>(`/api/installations/${id(iid)}/health`),
  deadLetters: (q: { installation?: string; status?: string } = {}) => {
    const p = new URLSearchParams({ limit: '100' });
    if (q.installation) p.set('installation', q.installation);
    if (q.status) p.set('status', q.status);
    return api.get<{ items: DeadLetter[] }>(`/api/dead-letters?${p.toString()}`).then((r) => r.items);
  },
  replay: (dl: string) => api.post<DeadLetter>(`/api/dead-letters/${id(dl)}/replay`),
};
