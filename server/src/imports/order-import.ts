import { HttpError } from '../http/errors.js';
import type { AppDeps } from '../http/route-spec.js';
import type { Actor } from '../orders/timeline.js';
import { csvBatches, ImportFileError, type CsvBatch } from './csv-batches.js';
import { processImportBatch } from './import-batch.js';
import type { ImportKind, RowError } from './import-kind.js';
import { intakeMapped } from './order-import-intake.js';
import { CSV_ORDERS_PLUGIN, mapBatch, tailStart, type MappedBatch } from './order-import-map.js';

export type OrderImportDeps = Pick<AppDeps, 'db' | 'clock' | 'logger' | 'pluginHost'>;

/**
 * `type=orders`: the columns are whatever the file has (the csv-orders plugin maps them), so the header is only
 * checked for blank and repeated names. Rows go through unparsed; `apply` reports what mapping and intake refused.
 */
export const orderImportKind: ImportKind<true> = {
  required: [],
  optional: [],
  header(record) {
    const cols = record.map((c) => c.trim());
    if (cols.some((c) => c === '')) throw new ImportFileError('import.blank-column', 'A header column has no name');
    const dup = cols.find((c, i) => cols.findIndex((d) => d.toLowerCase() === c.toLowerCase()) !== i);
    if (dup) throw new ImportFileError('import.duplicate-column', `Column ${dup} appears twice`);
    return cols;
  },
  parse: () => true,
  apply: async () => [],
};

/** An order file is refused at upload when the tenant has no enabled csv-orders installation to map it. */
export async function assertOrderImportReady(db: AppDeps['db'], tenantId: string): Promise<void> {
  const inst = await db('plugin_installations').where({ tenant_id: tenantId, plugin_id: CSV_ORDERS_PLUGIN }).first('enabled');
  if (!inst?.enabled) throw new HttpError(409, 'import.no-csv-orders', 'Install and enable the csv-orders plugin to import orders', { path: '/type' });
}

interface Run {
  tenantId: string;
  importId: string;
  actor: Actor;
  content: string;
  cursor: number;
}

/**
 * The batches of an order import from its committed cursor. Each batch is mapped by the plugin, the last order
 * of a batch is carried into the next one (its rows may go on there: an order is never split), the orders are
 * taken in, then one transaction records the bad rows, the counts and the new cursor. A crash between intake and
 * that commit redoes the batch; intake's dedupe (channel + external id) makes the repeat create nothing.
 */
export async function runOrderBatches(deps: OrderImportDeps, run: Run, opts: { batchSize: number; maxBatches?: number }): Promise<{ cursor: number; stopped: boolean }> {
  const host = deps.pluginHost;
  const inst = await deps.db('plugin_installations').where({ tenant_id: run.tenantId, plugin_id: CSV_ORDERS_PLUGIN }).first('enabled', 'config');
  if (!host || !inst?.enabled) throw new ImportFileError('import.no-csv-orders', 'Install and enable the csv-orders plugin to import orders');
  const delimiter = typeof inst.config?.delimiter === 'string' ? inst.config.delimiter : undefined;
  let cursor = run.cursor;
  let carry: CsvBatch | undefined;
  let batches = 0;
  for await (const batch of csvBatches(run.content, orderImportKind, cursor, opts.batchSize, { delimiter })) {
    // Stopping drops the carried rows: they lie after the committed cursor, so the next slice reads them again.
    if (opts.maxBatches !== undefined && batches >= opts.maxBatches) return { cursor, stopped: true };
    const r = await orderBatch(deps, host, run, cursor, carry ? merge(carry, batch) : batch, false);
    cursor = r.cursor;
    carry = r.carry;
    batches++;
  }
  if (carry) cursor = (await orderBatch(deps, host, run, cursor, carry, true)).cursor;
  return { cursor, stopped: false };
}

async function orderBatch(deps: OrderImportDeps, host: NonNullable<AppDeps['pluginHost']>, run: Run, fromCursor: number, work: CsvBatch, final: boolean) {
  const mapped = await mapBatch(host, { tenantId: run.tenantId, importId: run.importId, batch: work });
  const cut = final ? undefined : tailStart(mapped);
  const first = Math.min(...work.rows.map((r) => r.line), ...work.errors.map((e) => e.line));
  if (cut !== undefined && cut <= first) return { cursor: fromCursor, carry: work }; // one order fills the batch: read on
  const keep = (line: number) => cut === undefined || line < cut;
  const now = pick(work, mapped, keep);
  const refused = await intakeMapped(deps, { tenantId: run.tenantId, actor: run.actor, orders: now.mapped.orders });
  const rowErrors: RowError[] = [...now.mapped.errors.map(({ externalId: _e, ...e }) => e), ...refused];
  const kind: ImportKind<true> = { ...orderImportKind, apply: async () => rowErrors };
  const batch: CsvBatch = { ...now.batch, lastLine: cut === undefined ? work.lastLine : cut - 1 };
  const r = await deps.db.transaction((trx) => processImportBatch(trx, { tenantId: run.tenantId, importId: run.importId, kind, actor: run.actor, fromCursor, batch }));
  const rest = pick(work, mapped, (line) => !keep(line)).batch;
  return { cursor: r.cursor, carry: rest.size > 0 ? { ...rest, lastLine: work.lastLine } : undefined };
}

function pick(work: CsvBatch, mapped: MappedBatch, keep: (line: number) => boolean) {
  const rows = work.rows.filter((r) => keep(r.line));
  const errors = work.errors.filter((e) => keep(e.line));
  return {
    batch: { columns: work.columns, rows, errors, lastLine: work.lastLine, size: rows.length + errors.length },
    mapped: { orders: mapped.orders.filter((o) => keep(o.line)), errors: mapped.errors.filter((e) => keep(e.line)) },
  };
}

function merge(a: CsvBatch, b: CsvBatch): CsvBatch {
  return { columns: a.columns, rows: [...a.rows, ...b.rows], errors: [...a.errors, ...b.errors], lastLine: b.lastLine, size: a.size + b.size };
}
