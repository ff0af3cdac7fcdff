import type { CanonicalOrder } from '@oms/runtime';
import type { PluginHost } from '../plugins/plugin-host.js';
import { ImportFileError, type CsvBatch } from './csv-batches.js';
import type { RowError } from './import-kind.js';

export const CSV_ORDERS_PLUGIN = 'csv-orders';
export const MAP_CAPABILITY = `${CSV_ORDERS_PLUGIN}.map-csv-rows`;

export interface MappedOrder {
  line: number;
  order: CanonicalOrder;
  /** Every file line the order was built from. */
  lines: number[];
}

/** A bad row; `externalId` names its order when known (rows of one order are kept in one batch). */
export type MappedError = RowError & { externalId?: string };

export interface MappedBatch {
  orders: MappedOrder[];
  errors: MappedError[];
}

interface PluginOutput {
  orders: Array<{ line: number; order: CanonicalOrder; lines?: number[] }>;
  errors: Array<{ line: number; code: string; message: string; column?: string; externalId?: string }>;
}

/**
 * One batch of rows through the tenant's csv-orders installation (`map-csv-rows`). A refusal of the file itself
 * (no column for the SKU…, a validation or permanent error) fails the import; a transient one is thrown, so the
 * job is retried and resumes from the committed cursor.
 */
export async function mapBatch(host: PluginHost, p: { tenantId: string; importId: string; batch: CsvBatch }): Promise<MappedBatch> {
  const { batch } = p;
  if (batch.rows.length === 0) return { orders: [], errors: [] };
  const rows = batch.rows.map((r) => ({ line: r.line, values: batch.columns.map((c) => r.record[c] ?? '') }));
  const out = await host.call({
    tenantId: p.tenantId,
    capability: MAP_CAPABILITY,
    input: { header: batch.columns, rows },
    idempotencyKey: `import:${p.importId}:${rows[0].line}-${rows[rows.length - 1].line}`,
  });
  if (!out.ok) {
    if (['validation', 'permanent', 'auth'].includes(out.error.class)) throw new ImportFileError(out.error.code, out.error.message);
    throw new Error(`${MAP_CAPABILITY} failed (${out.error.class}): ${out.error.code}: ${out.error.message}`);
  }
  const v = out.result as PluginOutput;
  return {
    orders: v.orders.map((o) => ({ line: o.line, order: o.order, lines: o.lines?.length ? o.lines : [o.line] })),
    errors: v.errors.map((e) => ({
      line: e.line,
      code: e.code,
      field: e.column ?? null,
      message: e.message,
      ...(e.externalId ? { externalId: e.externalId } : {}),
    })),
  };
}

/**
 * Where the batch's last order may still go on in the rows after the batch: the first line of the last order
 * (the group holding the highest line with a known external id), lowered until no order has lines on both
 * sides. Undefined when nothing needs carrying.
 */
export function tailStart(mapped: MappedBatch): number | undefined {
  const groups = new Map<string, number[]>();
  const add = (key: string, lines: number[]) => groups.set(key, [...(groups.get(key) ?? []), ...lines]);
  for (const o of mapped.orders) add(o.order.externalId ?? `line:${o.line}`, o.lines);
  for (const e of mapped.errors) if (e.externalId) add(e.externalId, [e.line]);
  if (groups.size === 0) return undefined;
  const spans = [...groups.values()].map((ls) => ({ min: Math.min(...ls), max: Math.max(...ls) }));
  const last = spans.reduce((a, b) => (b.max > a.max ? b : a));
  let start = last.min;
  for (let changed = true; changed; ) {
    changed = false;
    for (const s of spans) {
      if (s.max >= start && s.min < start) {
        start = s.min;
        changed = true;
      }
    }
  }
  return start;
}
