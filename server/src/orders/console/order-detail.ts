import type { Knex } from 'knex';
import type { FlowDefinition } from '@oms/runtime';
import { loadPublished } from '../../flows/definitions.js';
import { notFound } from '../../http/errors.js';

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);
const num = (v: string | number | null) => (v === null ? null : Number(v));

/**
 * One order for the console: lines, review result, allocation plan with its routing trace (`orders.plan`),
 * reservations, tasks, flow position (tokens of each instance + the pinned flow version) and the timeline.
 * Six indexed reads by (tenant, order), run side by side.
 */
export async function getOrderDetail(db: Knex, tenantId: string, id: string) {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw notFound('Order');
  const byOrder = { tenant_id: tenantId, order_id: id };
  const [order, lines, reservations, tasks, flows, events] = await Promise.all([
    db('orders').where({ tenant_id: tenantId, id }).first(),
    db('order_lines').where(byOrder).orderBy('position'),
    db('stock_reservations').where(byOrder).orderBy(['created_at', 'id']),
    db('tasks').where(byOrder).orderBy(['created_at', 'id']),
    db('flow_instances').where(byOrder).orderBy('created_at').select('id', 'purpose', 'return_id', 'flow_key', 'flow_version', 'status', 'revision', db.raw(`state->'tokens' AS tokens`), db.raw(`state->'outcome' AS outcome`), 'updated_at'),
    db('order_events').where(byOrder).orderBy('seq'),
  ]);
  if (!order) throw notFound('Order');
  // Operators may not read definitions, yet the console draws the flow position on the pinned flow's canvas.
  const graphs = await Promise.all(flows.map((f) => flowGraph(db, tenantId, f.flow_key, f.flow_version)));
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    businessStatus: order.business_status,
    statusBefore: order.status_before,
    holdReason: order.hold_reason,
    exception: order.exception,
    channel: order.channel,
    externalId: order.external_id,
    customer: { id: order.customer_id, email: order.customer_email, name: order.customer_name },
    currency: order.currency,
    total: num(order.total),
    shipTo: order.ship_to,
    placedAt: iso(order.placed_at),
    createdAt: iso(order.created_at),
    updatedAt: iso(order.updated_at),
    order: order.body,
    form: order.form,
    review: order.review,
    plan: order.plan,
    pinned: order.pinned,
    lines: lines.map((l) => ({
      id: l.line_id,
      position: l.position,
      sku: l.sku,
      name: l.name,
      qty: l.qty,
      unitPrice: num(l.unit_price),
      tags: l.tags,
      attributes: l.attributes,
      shippedQty: l.shipped_qty,
      returnedQty: l.returned_qty,
    })),
    reservations: reservations.map((r) => ({
      id: r.id,
      ref: r.ref,
      location: r.location_id,
      sku: r.sku,
      qty: r.qty,
      consumed: r.consumed,
      released: r.released,
      status: r.status,
      createdAt: iso(r.created_at),
      closedAt: iso(r.closed_at),
    })),
    tasks: tasks.map(taskSummary),
    flows: flows.map((f, i) => ({
      graph: graphs[i],
      id: f.id,
      purpose: f.purpose,
      returnId: f.return_id,
      flow: { key: f.flow_key, version: f.flow_version },
      status: f.status,
      revision: f.revision,
      position: ((f.tokens ?? []) as Array<{ id: string; node: string }>).map((t) => ({ token: t.id, node: t.node })),
      outcome: f.outcome,
      updatedAt: iso(f.updated_at),
    })),
    timeline: events.map((e) => ({
      seq: Number(e.seq),
      at: iso(e.at),
      type: e.type,
      actor: { userId: e.actor_id, apiKeyId: e.api_key_id, label: e.actor_label },
      message: e.message,
      data: e.data,
      definition: e.definition,
    })),
  };
}

export function taskSummary(t: Record<string, any>) {
  return {
    id: t.id,
    orderId: t.order_id,
    instanceId: t.instance_id,
    flowTaskId: t.flow_task_id,
    node: t.node,
    title: t.title,
    assignee: { user: t.assignee_user, role: t.assignee_role },
    onBehalfOf: t.on_behalf_of,
    claimedBy: t.claimed_by,
    claimedAt: iso(t.claimed_at),
    status: t.status,
    fields: t.fields,
    dueAt: iso(t.due_at),
    decision: t.decision,
    decidedBy: t.decided_by,
    createdAt: iso(t.created_at),
    closedAt: iso(t.closed_at),
  };
}

/** Nodes, edges and layout of a pinned flow version (published versions are immutable and cached). */
async function flowGraph(db: Knex, tenantId: string, key: string, version: number) {
  try {
    const def = await loadPublished<FlowDefinition>(db, tenantId, 'flow', key, version);
    return { nodes: def.nodes.map((n) => ({ id: n.id, type: n.type, title: n.title ?? null })), edges: def.edges, layout: def.layout ?? {} };
  } catch {
    return null; // a flow pinned before its definition was stored (e.g. an imported order): no canvas, not an error
  }
}
