import { api } from './client';

export interface AuditEntry {
  id: string;
  at: string;
  actorId: string | null;
  apiKeyId: string | null;
  action: string;
  subject: string;
  requestId: string;
  ip: string | null;
  details: Record<string, unknown>;
}

export interface AuditFilters { action?: string; actor?: string; subject?: string; from?: string; to?: string }

export function listAudit(filters: AuditFilters, before?: string): Promise<{ items: AuditEntry[]; nextCursor: string | null }> {
  const p = new URLSearchParams({ limit: '50' });
  for (const [k, v] of Object.entries(filters)) if (v) p.set(k, v);
  if (before) p.set('before', before);
  return api.get(`/api/audit?${p.toString()}`);
}
