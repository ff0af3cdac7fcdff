import type { Knex } from 'knex';
import { v7 as uuidv7 } from 'uuid';

export type DeadLetterKind = 'capability' | 'webhook' | 'intake';

export interface DeadLetterInput {
  tenantId: string;
  installationId: string;
  pluginId: string;
  kind: DeadLetterKind;
  /** capability: the manifest key; webhook: null; intake: the pull capability the item came from. */
  capability?: string | null;
  /** What replay needs: the capability input, the delivery id, or the pulled item. Never credentials. */
  payload: unknown;
  idempotencyKey?: string | null;
  error: { class?: string; code: string; message: string };
  attempts?: number;
  at: Date;
}

/** Work the platform gave up on, kept with what is needed to replay it. */
export async function addDeadLetter(db: Knex | Knex.Transaction, d: DeadLetterInput): Promise<string> {
  const id = uuidv7();
  await db('plugin_dead_letters').insert({
    tenant_id: d.tenantId, id, installation_id: d.installationId, plugin_id: d.pluginId, kind: d.kind,
    capability: d.capability ?? null, payload: JSON.stringify(d.payload ?? null), idempotency_key: d.idempotencyKey ?? null,
    error: JSON.stringify({ class: d.error.class ?? 'permanent', code: d.error.code, message: d.error.message.slice(0, 1000) }),
    attempts: d.attempts ?? 1, created_at: d.at,
  });
  return id;
}

export function deadLetterJson(r: Record<string, any>) {
  return {
    id: r.id, installationId: r.installation_id, pluginId: r.plugin_id, kind: r.kind, capability: r.capability,
    payload: r.payload, idempotencyKey: r.idempotency_key, error: r.error, attempts: r.attempts, status: r.status,
    replayResult: r.replay_result ?? null, createdAt: new Date(r.created_at).toISOString(),
    replayedAt: r.replayed_at ? new Date(r.replayed_at).toISOString() : null,
  };
}
