import type { Knex } from 'knex';

/** Who did something: a person, an API key (with its owner), or the system (worker, timer, plugin). */
export interface Actor {
  userId: string | null;
  apiKeyId?: string | null;
  /** Shown on the timeline: an email, a key name, `system`, `timer`, a plugin id. */
  label: string;
  requestId?: string;
  ip?: string | null;
}

export const SYSTEM_ACTOR: Actor = { userId: null, label: 'system' };

export interface TimelineEntry {
  tenantId: string;
  orderId: string;
  type: string;
  actor: Actor;
  at: Date;
  message?: string;
  data?: unknown;
  /** The definition this step came from: `{kind, key, version}`. */
  definition?: { kind: string; key: string; version: number | null };
}

/** Append one event to an order's timeline (pass the business transaction). */
export async function appendTimeline(db: Knex | Knex.Transaction, e: TimelineEntry): Promise<void> {
  await db('order_events').insert({
    tenant_id: e.tenantId,
    order_id: e.orderId,
    at: e.at,
    type: e.type,
    actor_id: e.actor.userId,
    api_key_id: e.actor.apiKeyId ?? null,
    actor_label: e.actor.label,
    message: e.message ?? null,
    data: e.data === undefined ? null : JSON.stringify(e.data),
    definition: e.definition ? JSON.stringify(e.definition) : null,
  });
}
