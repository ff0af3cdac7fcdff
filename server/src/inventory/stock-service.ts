import type { Knex } from 'knex';
import { v7 as uuidv7 } from 'uuid';
import { HttpError } from '../http/errors.js';
import type { Actor } from '../orders/timeline.js';
import { enqueueOrderPushes } from '../plugins/outbound/order-push-enqueue.js';
import { movementRow, type AdjustableBucket, type StockLevelRow } from './stock-types.js';
import { rawPrepared } from '../db/prepared.js';

export { adjustStock } from './stock-adjust.js';
export type { StockLevelRow };

type Db = Knex | Knex.Transaction;

export interface ReserveLine {
  location: string;
  sku: string;
  qty: number;
}

export interface ShortLine {
  location: string;
  sku: string;
  requested: number;
  available: number;
}

export interface ReserveInput {
  tenantId: string;
  ref: string;
  orderId: string | null;
  lines: ReserveLine[];
  actor: Actor;
}

export type ReserveOutcome = { ok: true } | { ok: false; short: ShortLine[] };

/** Lines with the same (location, SKU) add up, so each level is updated once; sorted so locks are taken in one order. */
export function normaliseLines(lines: ReserveLine[]): ReserveLine[] {
  const byKey = new Map<string, ReserveLine>();
  for (const l of lines) {
    if (!Number.isInteger(l.qty) || l.qty <= 0) {
      throw new HttpError(400, 'stock.invalid-qty', `Quantity for ${l.sku} at ${l.location} must be a positive integer`);
    }
    const key = `${l.location}\u0000${l.sku}`;
    const prev = byKey.get(key);
    byKey.set(key, { location: l.location, sku: l.sku, qty: (prev?.qty ?? 0) + l.qty });
  }
  return [...byKey.values()].sort((a, b) => cmp(a.location, b.location) || cmp(a.sku, b.sku));
}

// Code-unit order, the same for every caller (localeCompare would depend on the host's locale).
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface ReserveAnswer {
  ok: boolean;
  /** Index (in sorted lines) of the first line that was short. */
  failed?: number;
  /** Per sorted line: what was available when the plan was refused. */
  available?: number[];
}

const RESERVE_SQL = 'SELECT oms_reserve_lines(?::uuid, ?, ?::uuid, ?::uuid, ?::uuid, ?::jsonb) AS r';

/**
 * Reserve every line or none in ONE statement (`oms_reserve_lines`, migration 0012): one conditional UPDATE per
 * (location, SKU) in sorted order inside a server-side savepoint, then the reservation and ledger rows, so
 * concurrent plans never deadlock and never oversell. Idempotent per ref: a ref that already reserved (even if
 * since released) answers ok and changes nothing. Being one statement it is atomic on its own: pass a
 * transaction to tie it to other writes, or the pool to reserve by itself (autocommit).
 */
export async function reserveLines(db: Db, input: ReserveInput): Promise<ReserveOutcome> {
  const lines = normaliseLines(input.lines);
  if (lines.length === 0) return { ok: true };
  const { rows } = await rawPrepared(db, RESERVE_SQL, [
    input.tenantId,
    input.ref,
    input.orderId,
    input.actor.userId,
    input.actor.apiKeyId ?? null,
    JSON.stringify(lines.map((l) => ({ id: uuidv7(), ...l }))),
  ]);
  const r = rows[0].r as ReserveAnswer;
  if (r.ok) {
    await enqueueOrderPushes(db, { tenantId: input.tenantId, orderId: input.orderId, lines }); // automatic ERP / WMS push, same transaction
    return { ok: true };
  }
  const short = lines
    .map((l, i) => ({ location: l.location, sku: l.sku, requested: l.qty, available: r.available?.[i] ?? 0, failed: i === r.failed }))
    .filter((s) => s.available < s.requested || s.failed)
    .map(({ failed: _, ...s }) => s);
  return { ok: false, short };
}

export interface ReleaseInput {
  tenantId: string;
  ref: string;
  actor: Actor;
  reason: string;
}

/** Release what is still open under a ref (cancel, reject, timeout, re-route); returns the units released. Idempotent. */
export async function releaseReservation(trx: Knex.Transaction, input: ReleaseInput): Promise<number> {
  const open: Array<{ id: string; location_id: string; sku: string; order_id: string | null; n: number }> = await trx(
    'stock_reservations',
  )
    .where({ tenant_id: input.tenantId, ref: input.ref, status: 'open' })
    .forUpdate()
    .select('id', 'location_id', 'sku', 'order_id', trx.raw('(qty - consumed - released)::int AS n'));
  // Levels in the order reserveLines takes them (code units, not the database collation): no lock cycles.
  open.sort((a, b) => cmp(a.location_id, b.location_id) || cmp(a.sku, b.sku));
  let total = 0;
  for (const r of open) {
    await trx('stock_reservations')
      .where({ tenant_id: input.tenantId, id: r.id })
      .update({ released: trx.raw('qty - consumed'), status: 'released', closed_at: trx.fn.now() });
    await changeReserved(trx, input.tenantId, r.location_id, r.sku, -r.n);
    await trx('stock_movements').insert(
      movementRow({
        tenantId: input.tenantId,
        location: r.location_id,
        sku: r.sku,
        bucket: 'reserved',
        delta: -r.n,
        reason: `release: ${input.reason}`,
        actor: input.actor,
        refType: 'reservation',
        refId: input.ref,
        orderId: r.order_id,
      }),
    );
    total += r.n;
  }
  return total;
}

async function changeReserved(trx: Knex.Transaction, tenantId: string, location: string, sku: string, delta: number) {
  await trx('stock_levels')
    .where({ tenant_id: tenantId, location_id: location, sku })
    .update({ reserved: trx.raw('reserved + ?', [delta]), updated_at: trx.fn.now() });
}

export interface ConsumeInput {
  tenantId: string;
  orderId: string;
  location: string;
  sku: string;
  qty: number;
  actor: Actor;
  ref?: string;
}

/**
 * A shipment leaves: on_hand drops by qty, and the order's open reservations at that (location, SKU) are consumed
 * first (oldest first); any unreserved remainder must be free stock, else 409 stock.insufficient.
 */
export async function consumeStock(trx: Knex.Transaction, input: ConsumeInput): Promise<void> {
  if (!Number.isInteger(input.qty) || input.qty <= 0) {
    throw new HttpError(400, 'stock.invalid-qty', 'Quantity must be a positive integer', { path: '/qty' });
  }
  const q = trx('stock_reservations').where({
    tenant_id: input.tenantId,
    order_id: input.orderId,
    location_id: input.location,
    sku: input.sku,
    status: 'open',
  });
  if (input.ref) q.andWhere({ ref: input.ref });
  const open: Array<{ id: string; ref: string; n: number }> = await q
    .orderBy(['created_at', 'id'])
    .forUpdate()
    .select('id', 'ref', trx.raw('(qty - consumed - released)::int AS n'));
  let fromReserved = 0;
  const taken: Array<{ ref: string; n: number }> = [];
  for (const r of open) {
    const take = Math.min(r.n, input.qty - fromReserved);
    if (take <= 0) break;
    await trx('stock_reservations')
      .where({ tenant_id: input.tenantId, id: r.id })
      .update({
        consumed: trx.raw('consumed + ?', [take]),
        status: take === r.n ? 'consumed' : 'open',
        closed_at: take === r.n ? trx.fn.now() : null,
      });
    fromReserved += take;
    taken.push({ ref: r.ref, n: take });
  }
  const extra = input.qty - fromReserved;
  const updated = await trx('stock_levels')
    .where({ tenant_id: input.tenantId, location_id: input.location, sku: input.sku })
    .andWhereRaw('on_hand - reserved >= ?', [extra])
    .update({ on_hand: trx.raw('on_hand - ?', [input.qty]), reserved: trx.raw('reserved - ?', [fromReserved]), updated_at: trx.fn.now() });
  if (updated !== 1) {
    throw new HttpError(409, 'stock.insufficient', `Not enough ${input.sku} at ${input.location} to ship ${input.qty}`, {
      details: { location: input.location, sku: input.sku, qty: input.qty },
    });
  }
  const base = { tenantId: input.tenantId, location: input.location, sku: input.sku, actor: input.actor, orderId: input.orderId };
  const rows = [movementRow({ ...base, bucket: 'on_hand', delta: -input.qty, reason: 'ship', refType: 'shipment', refId: input.ref })];
  for (const t of taken) {
    rows.push(movementRow({ ...base, bucket: 'reserved', delta: -t.n, reason: 'ship', refType: 'reservation', refId: t.ref }));
  }
  await trx('stock_movements').insert(rows);
}

export type { AdjustableBucket };
