import { Readable } from 'node:stream';
import { parse, type CsvError, type Options } from 'csv-parse';
import type { CsvRow, ImportKind, RowError } from './import-kind.js';

/** The whole file is unusable (bad header): the import fails with this code and message. */
export class ImportFileError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface CsvBatch {
  columns: string[];
  rows: CsvRow[];
  /** Rows the CSV parser itself refused (unclosed quote, wrong column count). */
  errors: RowError[];
  /** Highest line this batch covers: the cursor to commit with it. */
  lastLine: number;
  size: number;
}

const OPTIONS: Options = {
  info: true,
  raw: true,
  trim: true,
  bom: true,
  skip_empty_lines: true,
  relax_quotes: true,
  relax_column_count: true,
  skip_records_with_error: true,
};

/** First line of a record: its end line minus the line breaks inside it (quoted newlines). */
function startLine(endLine: number, raw: string): number {
  const body = raw.replace(/^(\r?\n)+/, '').replace(/\r?\n$/, '');
  return endLine - (body.match(/\n/g)?.length ?? 0);
}

/**
 * Stream the CSV through csv-parse and yield batches of `size` data rows after line `fromLine` (the committed
 * cursor), so a resumed import skips what it already applied. The header row names the columns.
 */
export async function* csvBatches(content: string, kind: ImportKind, fromLine: number, size: number): AsyncGenerator<CsvBatch> {
  const skipped: RowError[] = [];
  const parser = Readable.from([content]).pipe(
    parse({
      ...OPTIONS,
      on_skip: (err: CsvError | undefined) => {
        const line = Number((err as { lines?: number } | undefined)?.lines ?? 0);
        skipped.push({ line, code: `csv.${String(err?.code ?? 'invalid').toLowerCase()}`, field: null, message: err?.message ?? 'Unreadable CSV row' });
      },
    }),
  );
  let columns: string[] | undefined;
  let batch: CsvBatch | undefined;
  const fresh = (cols: string[]): CsvBatch => ({ columns: cols, rows: [], errors: [], lastLine: fromLine, size: 0 });
  const take = (b: CsvBatch) => {
    for (const e of skipped.splice(0)) {
      if (e.line > fromLine) {
        b.errors.push(e);
        b.size++;
        b.lastLine = Math.max(b.lastLine, e.line);
      }
    }
  };
  for await (const { record, raw, info } of parser as AsyncIterable<{ record: string[]; raw: string; info: { lines: number } }>) {
    if (!columns) {
      columns = checkHeader(record, kind);
      batch = fresh(columns);
      continue;
    }
    const b = batch!;
    take(b);
    const line = startLine(info.lines, raw);
    if (line <= fromLine) continue;
    b.lastLine = Math.max(b.lastLine, info.lines);
    b.size++;
    if (record.length !== columns.length) {
      b.errors.push({ line, code: 'import.column-count', field: null, message: `Expected ${columns.length} columns, got ${record.length}` });
    } else {
      b.rows.push({ line, record: Object.fromEntries(columns.map((c, i) => [c, record[i]])) });
    }
    if (b.size >= size) {
      yield b;
      batch = fresh(columns);
    }
  }
  if (!columns) throw new ImportFileError('import.empty', 'The file has no header row');
  take(batch!);
  if (batch!.size > 0) yield batch!;
}

function checkHeader(record: string[], kind: ImportKind): string[] {
  const cols = record.map((c) => c.trim().toLowerCase());
  const known = new Set([...kind.required, ...kind.optional]);
  const unknown = cols.filter((c) => !known.has(c));
  if (unknown.length) throw new ImportFileError('import.unknown-column', `Unknown column(s): ${unknown.join(', ')}`);
  const missing = kind.required.filter((c) => !cols.includes(c));
  if (missing.length) throw new ImportFileError('import.missing-column', `Missing column(s): ${missing.join(', ')}`);
  const dup = cols.find((c, i) => cols.indexOf(c) !== i);
  if (dup) throw new ImportFileError('import.duplicate-column', `Column ${dup} appears twice`);
  return cols;
}

/** Data rows in the file (for the progress bar's total), counted with the same parser settings. */
export async function countRows(content: string): Promise<number> {
  let n = 0;
  const parser = Readable.from([content]).pipe(parse({ ...OPTIONS, raw: false, info: false, on_skip: () => void n++ }));
  for await (const _ of parser) n++;
  return Math.max(0, n - 1);
}
