import type { Knex } from 'knex';
import { v7 as uuidv7 } from 'uuid';

export interface AuditEntry {
  tenantId: string;
  actorId: string | null;
  /** The API key the actor used (actorId is then the key's owner); absent for sessions and the system. */
  apiKeyId?: string | null;
  action: string;
  subject: string;
  requestId: string;
  ip: string | null;
  details?: object;
  /** Defaults to the database clock; pass the app clock's time when a test controls it. */
  at?: Date;
}

/** Append one row to the audit log (pass the business transaction so both commit or neither does). */
export async function writeAudit(db: Knex | Knex.Transaction, entry: AuditEntry): Promise<void> {
  await db('audit_log').insert({
    tenant_id: entry.tenantId,
    id: uuidv7(),
    ...(entry.at ? { at: entry.at } : {}),
    actor_id: entry.actorId,
    api_key_id: entry.apiKeyId ?? null,
    action: entry.action,
    subject: entry.subject,
    request_id: entry.requestId,
    ip: entry.ip,
    details: JSON.stringify(entry.details ?? {}),
  });
}
