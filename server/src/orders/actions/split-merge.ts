import type { Knex } from 'knex';
import { v7 as uuidv7 } from 'uuid';
import { isDeepStrictEqual } from 'node:util';
import type { FlowDefinition, OrderLine } from '@oms/runtime';
import { loadPublished } from '../../flows/definitions.js';
import { deliverFlowEvent, startFlowInstance } from '../../flows/driver.js';
import type { AppDeps } from '../../http/route-spec.js';
import { HttpError } from '../../http/errors.js';
import { persistOrder } from '../../intake/persist-order.js';
import { lockOrder, runningInstances, type OrderRow } from '../order-load.js';
import { transitionOrder } from '../order-status.js';
import { openReservationRefs } from '../reservations.js';
import { appendTimeline } from '../timeline.js';
import type { ActionInput } from './hold-release.js';
import { nextOrderNumber, replaceLines, withLines } from './order-lines.js';

/** Before anything is reserved or released: lines can still move between orders without touching stock. */
const MOVABLE = new Set(['received', 'on-hold', 'awaiting-approval', 'approved', 'backordered']);

async function assertMovable(trx: Knex.Transaction, tenantId: string, o: OrderRow, path: string): Promise<void> {
  if (!MOVABLE.has(o.status)) {
    throw new HttpError(409, 'order.lines-fixed', `Lines of ${o.number} can no longer move (it is ${o.status})`, { path, details: { status: o.status } });
  }
  if ((await openReservationRefs(trx, tenantId, o.id)).length > 0) {
    throw new HttpError(409, 'order.lines-reserved', `${o.number} holds reserved stock: re-route or cancel the reservation first`, { path });
  }
}

/**
 * Split: the chosen lines leave for a new order (new number, same customer, same pinned versions), which starts
 * its own flow unless the original is on hold. The original keeps its flow, which reads the order as it is now.
 */
export async function splitOrder(deps: AppDeps, input: ActionInput & { lines: string[] }): Promise<{ id: string; number: string }> {
  return deps.db.transaction(async (trx) => {
    const o = await lockOrder(trx, input.tenantId, input.orderId);
    await assertMovable(trx, input.tenantId, o, '/lines');
    const ids = new Set(input.lines);
    input.lines.forEach((id, i) => {
      if (!o.body.lines.some((l) => l.id === id)) throw new HttpError(400, 'order.unknown-line', `No line ${id} on ${o.number}`, { path: `/lines/${i}` });
    });
    const moving = o.body.lines.filter((l) => ids.has(l.id));
    const staying = o.body.lines.filter((l) => !ids.has(l.id));
    if (staying.length === 0) throw new HttpError(400, 'order.split-all', 'A split must leave at least one line on the order', { path: '/lines' });
    const id = uuidv7();
    const number = await nextOrderNumber(trx, input.tenantId);
    const child = { ...withLines(o.body, moving, false), id, externalId: undefined, attributes: { ...o.body.attributes, splitFrom: o.number } };
    await persistOrder(trx, {
      tenantId: input.tenantId,
      actor: input.actor,
      at: input.at,
      row: { id, number, channel: o.channel, externalId: null, status: o.status === 'on-hold' ? 'on-hold' : 'received', holdReason: null, order: child, form: null, review: null, pinned: o.pinned },
      events: [{ type: 'order-split-from', message: `Split from ${o.number}`, data: { from: o.id, number: o.number, lines: input.lines } }],
    });
    await replaceLines(trx, input.tenantId, o.id, withLines(o.body, staying, true), input.at);
    await appendTimeline(trx, { tenantId: input.tenantId, orderId: o.id, type: 'order-split', actor: input.actor, at: input.at, message: `Lines moved to ${number}`, data: { to: id, number, lines: input.lines } });
    if (o.status !== 'on-hold' && o.pinned?.flow) {
      const def = await loadPublished<FlowDefinition>(trx, input.tenantId, 'flow', o.pinned.flow.key, o.pinned.flow.version);
      await startFlowInstance(trx, deps, { tenantId: input.tenantId, orderId: id, definition: def, order: child, actor: input.actor, at: input.at });
    }
    return { id, number };
  });
}

/**
 * Merge: orders of one customer to one address, none reserved or released yet, become the oldest one; the
 * others are cancelled (their flows get a cancel event) with a pointer to the survivor.
 */
export async function mergeOrders(deps: AppDeps, input: Omit<ActionInput, 'orderId'> & { orders: string[]; requestId: string }) {
  return deps.db.transaction(async (trx) => {
    const rows: OrderRow[] = [];
    // lock in id order: two merges over overlapping orders never deadlock
    for (const id of [...new Set(input.orders)].sort()) rows.push(await lockOrder(trx, input.tenantId, id));
    if (rows.length < 2) throw new HttpError(400, 'order.merge-needs-two', 'Merge needs at least two different orders', { path: '/orders' });
    for (const [i, r] of rows.entries()) await assertMovable(trx, input.tenantId, r, `/orders/${i}`);
    const [first] = rows;
    const who = (r: OrderRow) => r.body.customer?.id ?? r.customer_email;
    for (const [i, r] of rows.entries()) {
      if (!who(r) || who(r) !== who(first)) throw new HttpError(409, 'order.merge-customer', `${r.number} is for another customer`, { path: `/orders/${i}` });
      if (!isDeepStrictEqual(r.body.shipTo ?? null, first.body.shipTo ?? null)) {
        throw new HttpError(409, 'order.merge-address', `${r.number} ships to another address`, { path: `/orders/${i}` });
      }
    }
    const created = await trx('orders').where({ tenant_id: input.tenantId }).whereIn('id', rows.map((r) => r.id)).select('id', 'created_at');
    const age = new Map(created.map((c) => [c.id, new Date(c.created_at).getTime()]));
    rows.sort((a, b) => age.get(a.id)! - age.get(b.id)! || a.id.localeCompare(b.id));
    const [target, ...others] = rows;
    const lines: OrderLine[] = [...target.body.lines];
    const taken = new Set(lines.map((l) => l.id));
    for (const o of others) {
      for (const l of o.body.lines) {
        let lineId = l.id;
        for (let n = 2; taken.has(lineId); n++) lineId = `${l.id}-${n}`;
        taken.add(lineId);
        lines.push({ ...l, id: lineId });
      }
    }
    await replaceLines(trx, input.tenantId, target.id, withLines(target.body, lines, true), input.at);
    await appendTimeline(trx, { tenantId: input.tenantId, orderId: target.id, type: 'order-merged', actor: input.actor, at: input.at, data: { from: others.map((o) => ({ id: o.id, number: o.number })) } });
    for (const o of others) {
      await transitionOrder(trx, { ...input, orderId: o.id, to: 'cancelled', reason: `merged into ${target.number}` });
      for (const instanceId of await runningInstances(trx, input.tenantId, o.id)) {
        await deliverFlowEvent(deps, { tenantId: input.tenantId, instanceId, event: { type: 'cancel', id: `merge:${input.requestId}`, reason: `merged into ${target.number}` } as never, actor: input.actor }, trx);
      }
    }
    return { id: target.id, number: target.number, merged: others.map((o) => o.number) };
  });
}
