import type { Knex } from 'knex';
import { v7 as uuidv7 } from 'uuid';
import type { CanonicalOrder, OrderStatus } from '@oms/runtime';
import type { Actor } from '../orders/timeline.js';
import { foldWrites, type ExtraWrite } from '../flows/write-statement.js';
import { rawPrepared } from '../db/prepared.js';

export interface OrderRow {
  id: string;
  number: string;
  channel: string;
  externalId: string | null;
  status: OrderStatus;
  holdReason: string | null;
  order: CanonicalOrder;
  form: unknown;
  review: unknown;
  pinned: unknown;
}

export interface TimelineRow {
  type: string;
  message?: string;
  data?: unknown;
  definition?: { kind: string; key: string; version: number | null };
}

/** Extra writes run by the same statement (the request's idempotency record, the flow start). */
export type { ExtraWrite };

/**
 * Order, lines, timeline events, the audit row and the `extra` writes (the idempotency record, the flow start
 * with its commands and jobs) in ONE statement of data-modifying CTEs: one round trip, and atomic by itself, so
 * intake needs no BEGIN / COMMIT around it (pass a transaction to tie it to more).
 */
export async function persistOrder(
  db: Knex | Knex.Transaction,
  p: { tenantId: string; actor: Actor; at: Date; row: OrderRow; events: TimelineRow[]; extra?: ExtraWrite[] },
): Promise<void> {
  const { row, actor, at } = p;
  const o = row.order;
  const lines = o.lines.map((l, i) => ({ ...l, position: i + 1 }));
  const events = p.events.map((e, n) => ({ ...e, n, data: e.data ?? null, definition: e.definition ?? null, message: e.message ?? null }));
  const lead = `o AS (
       INSERT INTO orders (tenant_id, id, number, channel, external_id, status, hold_reason, customer_id, customer_email,
                           customer_name, currency, total, ship_to, body, form, review, pinned, placed_at, created_by,
                           api_key_id, created_at, updated_at)
       VALUES (:t, :id, :number, :channel, :ext, :status, :holdReason, :customerId, :customerEmail, :customerName,
               :currency, :total, :shipTo::jsonb, :body::jsonb, :form::jsonb, :review::jsonb, :pinned::jsonb, :placedAt,
               :userId, :apiKeyId, :at, :at)
       RETURNING tenant_id, id
     ), l AS (
       INSERT INTO order_lines (tenant_id, order_id, line_id, position, sku, name, qty, unit_price, tags, attributes, order_created_at)
       SELECT o.tenant_id, o.id, x.id, x.position, x.sku, x.name, x.qty, x."unitPrice", coalesce(x.tags, '{}'), x.attributes, :at
         FROM o, jsonb_to_recordset(:lines::jsonb)
           AS x(id text, position int, sku text, name text, qty int, "unitPrice" numeric, tags text[], attributes jsonb)
     ), e AS (
       INSERT INTO order_events (tenant_id, order_id, at, type, actor_id, api_key_id, actor_label, message, data, definition)
       SELECT o.tenant_id, o.id, :at, x.type, :userId, :apiKeyId, :label, x.message, x.data, x.definition
         FROM o, jsonb_to_recordset(:events::jsonb) AS x(n int, type text, message text, data jsonb, definition jsonb)
        ORDER BY x.n
     ), a AS (
       INSERT INTO audit_log (tenant_id, id, at, actor_id, action, subject, request_id, ip, details)
       SELECT o.tenant_id, :auditId, :at, :userId, 'order.create', 'order:' || o.id, :requestId, :ip, :auditDetails::jsonb FROM o
     )`;
  const extra = foldWrites(p.extra ?? [], lead);
  await rawPrepared(db, extra.sql, {
      ...extra.bindings,
      t: p.tenantId,
      id: row.id,
      number: row.number,
      channel: row.channel,
      ext: row.externalId,
      status: row.status,
      holdReason: row.holdReason,
      customerId: o.customer?.id ?? null,
      customerEmail: o.customer?.email?.toLowerCase() ?? null,
      customerName: o.customer?.name ?? null,
      currency: o.currency ?? null,
      total: o.totals?.total ?? null,
      shipTo: o.shipTo ? JSON.stringify(o.shipTo) : null,
      body: JSON.stringify(o),
      form: row.form === undefined ? null : JSON.stringify(row.form),
      review: JSON.stringify(row.review),
      pinned: JSON.stringify(row.pinned),
      placedAt: o.placedAt,
      userId: actor.userId,
      apiKeyId: actor.apiKeyId ?? null,
      label: actor.label,
      at,
      lines: JSON.stringify(lines),
      events: JSON.stringify(events),
      auditId: uuidv7(),
      requestId: actor.requestId ?? 'system',
      ip: actor.ip ?? null,
      auditDetails: JSON.stringify({ number: row.number, status: row.status, channel: row.channel, apiKeyId: actor.apiKeyId ?? null }),
    },
  );
}
