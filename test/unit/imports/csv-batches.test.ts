import { describe, expect, it } from 'vitest';
import { csvBatches, estimateRows, ImportFileError } from '../../../server/src/imports/csv-batches.js';
import { IMPORT_KINDS } from '../../../server/src/imports/run-import.js';

const collect = async (csv: string, from = 0, size = 2) => {
  const out = [];
  for await (const b of csvBatches(csv, IMPORT_KINDS.stock, from, size)) {
    out.push({ lines: b.rows.map((r) => r.line), errors: b.errors.map((e) => [e.line, e.code]), lastLine: b.lastLine, size: b.size });
  }
  return out;
};

const FILE = ['\uFEFFLocation,SKU,on_hand', 'a,S1,1', '', 'a,"S\n2",2', 'a,S3', 'a,S4,4', 'a,"S5,5', ''].join('\n');

describe('csvBatches', () => {
  it('numbers rows by the file line they start on and batches them, bad rows included', async () => {
    expect(await collect(FILE)).toEqual([
      { lines: [2, 4], errors: [], lastLine: 5, size: 2 },
      { lines: [7], errors: [[6, 'import.column-count']], lastLine: 7, size: 2 },
      { lines: [], errors: [[8, 'csv.csv_quote_not_closed']], lastLine: 8, size: 1 },
    ]);
  });

  it('resumes after the committed cursor', async () => {
    expect(await collect(FILE, 5)).toEqual([
      { lines: [7], errors: [[6, 'import.column-count']], lastLine: 7, size: 2 },
      { lines: [], errors: [[8, 'csv.csv_quote_not_closed']], lastLine: 8, size: 1 },
    ]);
  });

  it.each([
    ['location,sku\n', 'import.missing-column'],
    ['location,sku,on_hand,colour\n', 'import.unknown-column'],
    ['location,sku,on_hand,sku\n', 'import.duplicate-column'],
    ['', 'import.empty'],
  ])('refuses the header of %j', async (csv, code) => {
    const err = await collect(csv).catch((e) => e);
    expect(err).toBeInstanceOf(ImportFileError);
    expect(err.code).toBe(code);
  });
});

describe('estimateRows', () => {
  it.each([
    ['h\n1\n2\n', 2],
    ['h\r\n1\r\n\r\n  \r\n2', 2],
    ['h\n', 0],
    ['', 0],
  ])('%j has %i data rows', (csv, n) => expect(estimateRows(csv)).toBe(n));
});
