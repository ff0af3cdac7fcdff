import type { CapabilityCall, PluginContext, PullInput, PullOutput } from '@oms/runtime';
import type { TrytonConfig, TrytonCredentials } from './config.js';
import { LINE_NOTE } from './push-sales-order.js';
import { TrytonClient } from './rpc/client.js';
import { dateTimeText, dateTimeValue, toNumber, type TrytonDateTime } from './rpc/values.js';

type Ctx = PluginContext<TrytonConfig, TrytonCredentials>;

/** The body of POST /api/shipments. */
export interface ShipmentInput {
  orderNumber: string;
  location: string;
  lines: Array<{ lineId: string; qty: number }>;
  carrier?: string;
  tracking?: string;
  externalId?: string;
  shippedAt?: string;
}

interface ShipmentRow {
  id: number;
  number: string;
  reference: string | null;
  write_date: TrytonDateTime;
  warehouse: number;
  outgoing_moves: number[];
}

/** Keyset cursor over (write_date, id): exact even when many shipments share a timestamp. */
interface Cursor {
  t: string;
  id: number;
}

/**
 * Done customer shipments (stock.shipment.out) changed after the cursor, oldest first, as shipments of our
 * orders: the sale's reference is our order number, each outgoing move's origin sale line carries our line id in
 * its note. Shipments of sales we did not push, or from warehouses not mapped in the config, are passed over.
 */
export async function pullShipments(call: CapabilityCall<PullInput>, ctx: Ctx): Promise<PullOutput<ShipmentInput>> {
  const rpc = new TrytonClient(ctx);
  const limit = Math.min(Math.max(1, call.input.limit ?? 50), 200);
  const after = call.input.cursor ? (JSON.parse(call.input.cursor) as Cursor) : undefined;
  const domain: unknown[] = [['state', '=', 'done']];
  if (after) {
    const t = dateTimeValue(after.t);
    domain.push(['OR', [['write_date', '>', t]], [['write_date', '=', t], ['id', '>', after.id]]]);
  }
  const rows = await rpc.searchRead<ShipmentRow>('stock.shipment.out', domain, ['number', 'reference', 'write_date', 'warehouse', 'outgoing_moves'], {
    limit, order: [['write_date', 'ASC'], ['id', 'ASC']],
  });
  const items: ShipmentInput[] = [];
  if (rows.length) {
    const locations = await warehouseLocations(rpc, ctx.config);
    const moves = await rpc.call<Array<{ id: number; quantity: number; origin: string | null; state: string }>>('stock.move', 'read', [
      rows.flatMap((r) => r.outgoing_moves), ['quantity', 'origin', 'state'],
    ]);
    const lineIds = moves.map((m) => /^sale\.line,(\d+)$/.exec(m.origin ?? '')?.[1]).filter(Boolean).map(Number);
    const saleLines = lineIds.length ? await rpc.call<Array<{ id: number; note: string | null; sale: number }>>('sale.line', 'read', [lineIds, ['note', 'sale']]) : [];
    const saleIds = [...new Set(saleLines.map((l) => l.sale))];
    const sales = saleIds.length ? await rpc.call<Array<{ id: number; reference: string | null }>>('sale.sale', 'read', [saleIds, ['reference']]) : [];
    for (const row of rows) {
      const item = toShipment(row, locations, moves, saleLines, sales);
      if (item) items.push(item);
      else ctx.logger.debug('shipment passed over (not one of our sales, or warehouse not mapped)', { shipment: row.number });
    }
  }
  const last = rows[rows.length - 1];
  const cursor = last ? JSON.stringify({ t: dateTimeText(last.write_date), id: last.id } satisfies Cursor) : (call.input.cursor ?? null);
  return { items, cursor, hasMore: rows.length === limit };
}

async function warehouseLocations(rpc: TrytonClient, cfg: TrytonConfig): Promise<Map<number, string>> {
  const codes = cfg.warehouses.map((w) => w.code);
  const rows = await rpc.searchRead<{ id: number; code: string }>('stock.location', [['code', 'in', codes], ['type', '=', 'warehouse']], ['code']);
  return new Map(rows.map((r) => [r.id, cfg.warehouses.find((w) => w.code === r.code)!.location]));
}

function toShipment(
  row: ShipmentRow,
  locations: Map<number, string>,
  moves: Array<{ id: number; quantity: number; origin: string | null; state: string }>,
  saleLines: Array<{ id: number; note: string | null; sale: number }>,
  sales: Array<{ id: number; reference: string | null }>,
): ShipmentInput | undefined {
  const location = locations.get(row.warehouse);
  if (!location) return undefined;
  const qty = new Map<string, number>();
  let orderNumber: string | undefined;
  for (const m of moves.filter((x) => row.outgoing_moves.includes(x.id) && x.state === 'done')) {
    const line = saleLines.find((l) => `sale.line,${l.id}` === m.origin);
    const lineId = line?.note?.split('\n').find((s) => s.startsWith(LINE_NOTE))?.slice(LINE_NOTE.length).trim();
    const reference = sales.find((s) => s.id === line?.sale)?.reference;
    if (!lineId || !reference) continue;
    orderNumber ??= reference;
    const n = Math.round(toNumber(m.quantity));
    if (n > 0) qty.set(lineId, (qty.get(lineId) ?? 0) + n);
  }
  if (!orderNumber || !qty.size) return undefined;
  const shippedAt = `${dateTimeText(row.write_date).slice(0, 23)}Z`;
  return {
    orderNumber, location, lines: [...qty].map(([lineId, n]) => ({ lineId, qty: n })),
    ...(row.reference ? { tracking: row.reference } : {}),
    externalId: `tryton:${row.number}`, shippedAt,
  };
}
