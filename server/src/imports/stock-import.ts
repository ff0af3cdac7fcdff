import type { Knex } from 'knex';
import { movementRow, type AdjustableBucket } from '../inventory/stock-types.js';
import { lastByKey, type BatchContext, type ImportKind, type RowError } from './import-kind.js';

interface StockRow {
  location: string;
  sku: string;
  on_hand: number;
  safety?: number;
  incoming?: number;
  damaged?: number;
}

const BUCKETS: AdjustableBucket[] = ['on_hand', 'safety', 'incoming', 'damaged'];
type Level = Record<AdjustableBucket | 'reserved', number>;

/** `location,sku,on_hand[,safety,incoming,damaged]`: sets the levels; the ledger gets a movement per difference. */
export const stockImport: ImportKind<StockRow> = {
  required: ['location', 'sku', 'on_hand'],
  optional: ['safety', 'incoming', 'damaged'],
  parse(r) {
    const location = r.id('location');
    const sku = r.text('sku', { required: true, max: 64 });
    const on_hand = r.int('on_hand', { required: true });
    const row: StockRow = { location: location!, sku: sku!, on_hand: on_hand! };
    for (const b of ['safety', 'incoming', 'damaged'] as const) {
      const v = r.int(b);
      if (v !== undefined) row[b] = v;
    }
    return r.error ? undefined : row;
  },
  apply: applyStock,
};

async function applyStock(trx: Knex.Transaction, ctx: BatchContext, input: Array<{ line: number; value: StockRow }>): Promise<RowError[]> {
  const errors: RowError[] = [];
  const known = await knownKeys(trx, ctx.tenantId, input.map((r) => r.value));
  const rows = lastByKey(
    input.filter(({ line, value }) => {
      if (!known.locations.has(value.location)) errors.push({ line, code: 'import.unknown-location', field: 'location', message: `No location ${value.location}` });
      else if (!known.skus.has(value.sku)) errors.push({ line, code: 'import.unknown-sku', field: 'sku', message: `No product ${value.sku}` });
      else return true;
      return false;
    }),
    (v) => `${v.location}\u0000${v.sku}`,
  );
  if (rows.length === 0) return errors;
  const locs = rows.map((r) => r.value.location);
  const skus = rows.map((r) => r.value.sku);
  await trx.raw(
    `INSERT INTO stock_levels (tenant_id, location_id, sku) SELECT ?, l, s FROM unnest(?::text[], ?::text[]) AS k(l, s)
     ON CONFLICT DO NOTHING`,
    [ctx.tenantId, locs, skus],
  );
  // Lock in (location, sku) order, the order reservations use, so an import never deadlocks with orders.
  const { rows: current } = await trx.raw(
    `SELECT l.location_id, l.sku, l.on_hand, l.reserved, l.safety, l.incoming, l.damaged
       FROM stock_levels l JOIN unnest(?::text[], ?::text[]) AS k(loc, sku) ON l.location_id = k.loc AND l.sku = k.sku
      WHERE l.tenant_id = ? ORDER BY l.location_id, l.sku FOR UPDATE OF l`,
    [locs, skus, ctx.tenantId],
  );
  const before = new Map<string, Level>(current.map((c: Level & { location_id: string; sku: string }) => [`${c.location_id}\u0000${c.sku}`, c]));
  const next: Array<{ location: string; sku: string } & Omit<Level, 'reserved'>> = [];
  const moves: Record<string, unknown>[] = [];
  for (const { line, value } of rows) {
    const old = before.get(`${value.location}\u0000${value.sku}`)!;
    if (value.on_hand < old.reserved) {
      errors.push({ line, code: 'import.below-reserved', field: 'on_hand', message: `on_hand ${value.on_hand} is below the ${old.reserved} reserved` });
      continue;
    }
    const after = { on_hand: value.on_hand, safety: value.safety ?? old.safety, incoming: value.incoming ?? old.incoming, damaged: value.damaged ?? old.damaged };
    next.push({ location: value.location, sku: value.sku, ...after });
    for (const b of BUCKETS) {
      if (after[b] !== old[b]) {
        moves.push(movementRow({ tenantId: ctx.tenantId, location: value.location, sku: value.sku, bucket: b, delta: after[b] - old[b], reason: 'import', refType: 'import', refId: ctx.importId, actor: ctx.actor }));
      }
    }
  }
  if (next.length > 0) {
    await trx.raw(
      `UPDATE stock_levels l SET on_hand = v.on_hand, safety = v.safety, incoming = v.incoming, damaged = v.damaged, updated_at = now()
         FROM unnest(?::text[], ?::text[], ?::int[], ?::int[], ?::int[], ?::int[]) AS v(loc, sku, on_hand, safety, incoming, damaged)
        WHERE l.tenant_id = ? AND l.location_id = v.loc AND l.sku = v.sku`,
      [next.map((n) => n.location), next.map((n) => n.sku), next.map((n) => n.on_hand), next.map((n) => n.safety), next.map((n) => n.incoming), next.map((n) => n.damaged), ctx.tenantId],
    );
  }
  for (let i = 0; i < moves.length; i += 2000) await trx('stock_movements').insert(moves.slice(i, i + 2000));
  return errors;
}

async function knownKeys(trx: Knex.Transaction, tenantId: string, rows: StockRow[]) {
  const [l, s] = await Promise.all([
    trx('locations').where({ tenant_id: tenantId }).whereRaw('id = ANY(?::text[])', [[...new Set(rows.map((r) => r.location))]]).pluck('id'),
    trx('products').where({ tenant_id: tenantId }).whereRaw('sku = ANY(?::text[])', [[...new Set(rows.map((r) => r.sku))]]).pluck('sku'),
  ]);
  return { locations: new Set<string>(l), skus: new Set<string>(s) };
}
