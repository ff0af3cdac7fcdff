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
export async function* csvBatches(content: string, kind: ImportKind, fromLine: number, size: number, csv: { delimiter?: string } = {}): AsyncGenerator<CsvBatch> {
  const skipped: RowError[] = [];
  const parser = Readable.from([content]).pipe(
    parse({
      ...OPTIONS,
      ...(csv.delimiter ? { delimiter: csv.delimiter } : {}),
      on_skip: (err: CsvError | undefined) => {
        const line = Number((err as { lines?: number } | undefined)?.lines ?? 0);
        skipped.push({ line, code: `csv.${String(err?.code ?? 'invalid').toLowerCase()}`, field: null, message: err?.message ?? 'Unreadable CSV row' });
      },
    }),
  );
  let columns: string[] | undefined;
  let batch: CsvBatch | undefined;
  const fresh = (cols: string[]): CsvBatch => ({ columns: cols, rows: [], errors: [], lastLine: fromLine, size: 0 });
  // The parser may report a skipped row before it hands over the rows above it: keep each error for the batch
  // that reaches its line, so a committed cursor never jumps over rows not yet applied.
  const take = (b: CsvBatch, upTo: number) => {
    while (skipped.length > 0 && skipped[0].line <= upTo) {
      const e = skipped.shift()!;
      if (e.line <= fromLine) continue;
      b.errors.push(e);
      b.size++;
      b.lastLine = Math.max(b.lastLine, e.line);
    }
  };
  for await (const { record, raw, info } of parser as AsyncIterable<{ record: string[]; raw: string; info: { lines: number } }>) {
    if (!columns) {
      columns = kind.header ? kind.header(record) : checkHeader(record, kind);
      batch = fresh(columns);
      continue;
    }
    const b = batch!;
    const line = startLine(info.lines, raw);
    take(b, line);
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
  take(batch!, Infinity);
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

/**
 * Data rows for the progress bar, counted without parsing: the non-blank lines after the header. Exact unless a
 * quoted field holds a line break (the runner then sets the exact count when it finishes).
 */
export function estimateRows(content: string): number {
  let n = 0;
  let start = 0;
  while (start < content.length) {
    let end = content.indexOf('\n', start);
    if (end < 0) end = content.length;
    if (/\S/.test(content.slice(start, end))) n++;
    start = end + 1;
  }
  return Math.max(0, n - 1);
}
