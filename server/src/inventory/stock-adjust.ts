import type { Knex } from 'knex';
import { HttpError } from '../http/errors.js';
import type { Actor } from '../orders/timeline.js';
import { ADJUSTABLE_BUCKETS, LEVEL_COLUMNS, movementRow, toLevelView, type AdjustableBucket, type LevelDbRow, type StockLevelRow } from './stock-types.js';

export interface AdjustInput {
  tenantId: string;
  location: string;
  sku: string;
  bucket?: AdjustableBucket;
  delta?: number;
  set?: number;
  reason: string;
  actor: Actor;
}

/**
 * Change one bucket of one level by `delta` or to `set`, with a reason; writes the movement for the difference
 * (none when nothing changes). The level row is created on first use. Expected refusals are 4xx with a path.
 */
export async function adjustStock(trx: Knex.Transaction, input: AdjustInput): Promise<StockLevelRow> {
  const bucket = input.bucket ?? 'on_hand';
  checkInput(input, bucket);
  const known = await trx.raw(
    `SELECT EXISTS (SELECT 1 FROM locations WHERE tenant_id = ? AND id = ?) AS loc,
            EXISTS (SELECT 1 FROM products WHERE tenant_id = ? AND sku = ?) AS sku`,
    [input.tenantId, input.location, input.tenantId, input.sku],
  );
  if (!known.rows[0].loc) throw new HttpError(422, 'stock.unknown-location', `No location ${input.location}`, { path: '/location' });
  if (!known.rows[0].sku) throw new HttpError(422, 'stock.unknown-sku', `No product ${input.sku}`, { path: '/sku' });
  const key = { tenant_id: input.tenantId, location_id: input.location, sku: input.sku };
  await trx('stock_levels').insert(key).onConflict(['tenant_id', 'location_id', 'sku']).ignore();
  const row: LevelDbRow = await trx('stock_levels').where(key).forUpdate().first(LEVEL_COLUMNS);
  const before = row[bucket];
  const after = input.set ?? before + (input.delta ?? 0);
  if (after < 0) {
    throw new HttpError(409, 'stock.negative', `${bucket} would become ${after}`, { path: input.set === undefined ? '/delta' : '/set', details: { before, after } });
  }
  if (bucket === 'on_hand' && after < row.reserved) {
    throw new HttpError(409, 'stock.below-reserved', `on_hand ${after} would be below the ${row.reserved} reserved`, {
      path: input.set === undefined ? '/delta' : '/set',
      details: { reserved: row.reserved, after },
    });
  }
  if (after === before) return toLevelView(row);
  const [updated]: LevelDbRow[] = await trx('stock_levels')
    .where(key)
    .update({ [bucket]: after, updated_at: trx.fn.now() })
    .returning(LEVEL_COLUMNS);
  await trx('stock_movements').insert(
    movementRow({ tenantId: input.tenantId, location: input.location, sku: input.sku, bucket, delta: after - before, reason: input.reason, actor: input.actor, refType: 'adjustment' }),
  );
  return toLevelView(updated);
}

function checkInput(input: AdjustInput, bucket: string): void {
  if (!(ADJUSTABLE_BUCKETS as readonly string[]).includes(bucket)) {
    throw new HttpError(400, 'stock.bucket-not-adjustable', `Bucket ${bucket} cannot be adjusted (reserved moves only through reservations)`, { path: '/bucket' });
  }
  if ((input.delta === undefined) === (input.set === undefined)) {
    throw new HttpError(400, 'stock.delta-or-set', 'Give exactly one of delta or set', { path: '/delta' });
  }
  const n = input.delta ?? input.set!;
  if (!Number.isInteger(n)) throw new HttpError(400, 'stock.invalid-qty', 'Quantities are integers', { path: input.delta === undefined ? '/set' : '/delta' });
  if (!input.reason.trim()) throw new HttpError(400, 'stock.reason-required', 'An adjustment needs a reason', { path: '/reason' });
}
