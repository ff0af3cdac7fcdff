import type { Knex } from 'knex';
import type { Actor } from '../orders/timeline.js';
import type { CsvBatch } from './csv-batches.js';
import { RowReader, type ImportKind, type RowError } from './import-kind.js';

/** Another runner moved the cursor first (or the import was finished): this one stops, nothing applied twice. */
export class ImportCursorMoved extends Error {
  constructor() {
    super('import cursor moved');
  }
}

export interface BatchInput {
  tenantId: string;
  importId: string;
  kind: ImportKind;
  actor: Actor;
  /** The cursor this batch starts after; the import row must still hold it. */
  fromCursor: number;
  batch: CsvBatch;
}

/**
 * Apply one batch in the caller's transaction, all or nothing: the import row is locked and its cursor checked
 * first, good rows applied, bad rows recorded, counts and cursor advanced — one commit covers all of it, so a
 * crash before the commit leaves no trace and the resumed import redoes exactly this batch.
 */
export async function processImportBatch(trx: Knex.Transaction, input: BatchInput): Promise<{ cursor: number; ok: number; bad: number }> {
  const key = { tenant_id: input.tenantId, id: input.importId };
  const row = await trx('imports').where(key).forUpdate().first('cursor_line', 'status');
  if (!row || row.status !== 'running' || row.cursor_line !== input.fromCursor) throw new ImportCursorMoved();
  const errors: RowError[] = [...input.batch.errors];
  const good: Array<{ line: number; value: unknown }> = [];
  for (const r of input.batch.rows) {
    const reader = new RowReader(r.record, r.line);
    const value = input.kind.parse(reader);
    if (reader.error) errors.push(reader.error);
    else good.push({ line: r.line, value });
  }
  const ctx = { tenantId: input.tenantId, importId: input.importId, actor: input.actor, columns: input.batch.columns };
  const refused = good.length ? await input.kind.apply(trx, ctx, good) : [];
  errors.push(...refused);
  if (errors.length) {
    await trx('import_errors')
      .insert(errors.map((e) => ({ tenant_id: input.tenantId, import_id: input.importId, ...e })))
      .onConflict(['tenant_id', 'import_id', 'line'])
      .ignore();
  }
  const bad = errors.length;
  const ok = input.batch.size - bad;
  await trx('imports')
    .where(key)
    .update({
      cursor_line: input.batch.lastLine,
      done_rows: trx.raw('done_rows + ?', [input.batch.size]),
      ok_rows: trx.raw('ok_rows + ?', [ok]),
      bad_rows: trx.raw('bad_rows + ?', [bad]),
    });
  return { cursor: input.batch.lastLine, ok, bad };
}
