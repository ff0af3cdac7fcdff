import type { Knex } from 'knex';
import { lastByKey, type BatchContext, type ImportKind, type RowError, type RowReader } from './import-kind.js';

type Row = Record<string, unknown>;
const SKU = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/**
 * Upsert by key: a new key inserts, a known one updates only the columns the file has (so a file with
 * `sku,name` renames products without touching their tags).
 */
async function upsert(trx: Knex.Transaction, ctx: BatchContext, table: string, key: string, rows: Array<{ line: number; value: Row }>, columnMap: Record<string, string>) {
  const unique = lastByKey(rows, (v) => String(v[key]));
  if (unique.length === 0) return;
  const cols = ctx.columns.map((c) => columnMap[c]).filter((c) => c !== key);
  const q = trx(table)
    .insert(unique.map((r) => ({ tenant_id: ctx.tenantId, ...r.value, updated_at: trx.fn.now() })))
    .onConflict(['tenant_id', key]);
  await (cols.length > 0 ? q.merge([...cols, 'updated_at']) : q.ignore());
}

const PRODUCT_COLUMNS: Record<string, string> = { sku: 'sku', name: 'name', tags: 'tags', weight_kg: 'weight_kg', unit_price: 'unit_price', active: 'active' };

/** `sku,name[,tags,weight_kg,unit_price,active]`; tags separated by `;`. */
export const productImport: ImportKind<Row> = {
  required: ['sku', 'name'],
  optional: ['tags', 'weight_kg', 'unit_price', 'active'],
  parse(r: RowReader) {
    const row: Row = { sku: r.text('sku', { required: true, max: 64, pattern: SKU }), name: r.text('name', { required: true }) };
    if ('tags' in r.record) row.tags = r.tags('tags');
    if ('weight_kg' in r.record) row.weight_kg = r.num('weight_kg', 0, 1e9);
    if ('unit_price' in r.record) row.unit_price = r.num('unit_price', 0, 1e12);
    if ('active' in r.record) row.active = r.bool('active') ?? true;
    return r.error ? undefined : row;
  },
  async apply(trx, ctx, rows): Promise<RowError[]> {
    await upsert(trx, ctx, 'products', 'sku', rows, PRODUCT_COLUMNS);
    return [];
  },
};

const LOCATION_COLUMNS: Record<string, string> = {
  id: 'id',
  name: 'name',
  type: 'type',
  lat: 'lat',
  lon: 'lon',
  region: 'region',
  tags: 'tags',
  priority: 'priority',
  daily_capacity: 'daily_capacity',
  active: 'active',
};

/** `id,name,type[,lat,lon,region,tags,priority,daily_capacity,active]`. */
export const locationImport: ImportKind<Row> = {
  required: ['id', 'name', 'type'],
  optional: ['lat', 'lon', 'region', 'tags', 'priority', 'daily_capacity', 'active'],
  parse(r: RowReader) {
    const row: Row = { id: r.id('id'), name: r.text('name', { required: true }), type: r.id('type') };
    if ('lat' in r.record) row.lat = r.num('lat', -90, 90);
    if ('lon' in r.record) row.lon = r.num('lon', -180, 180);
    if ('region' in r.record) row.region = r.text('region', { max: 100 }) ?? null;
    if ('tags' in r.record) row.tags = r.tags('tags');
    if ('priority' in r.record) row.priority = r.int('priority', { min: -1e6, max: 1e6 }) ?? 0;
    if ('daily_capacity' in r.record) row.daily_capacity = r.int('daily_capacity') ?? null;
    if ('active' in r.record) row.active = r.bool('active') ?? true;
    return r.error ? undefined : row;
  },
  async apply(trx, ctx, rows): Promise<RowError[]> {
    await upsert(trx, ctx, 'locations', 'id', rows, LOCATION_COLUMNS);
    return [];
  },
};
