import type { Knex } from 'knex';
import type { Actor } from '../orders/timeline.js';

export const IMPORT_TYPES = ['stock', 'products', 'locations', 'orders'] as const;
export type ImportType = (typeof IMPORT_TYPES)[number];

/** One bad row: the file's line number (header = line 1), a stable code, the column, a message. One per line. */
export interface RowError {
  line: number;
  code: string;
  field: string | null;
  message: string;
}

export interface CsvRow {
  line: number;
  record: Record<string, string>;
}

export interface BatchContext {
  tenantId: string;
  importId: string;
  actor: Actor;
  /** The header's columns: optional columns absent from the file are left unchanged. */
  columns: string[];
}

/** How one import type reads and applies its rows. `apply` returns the rows it refused (unknown SKU, …). */
export interface ImportKind<T = unknown> {
  required: string[];
  optional: string[];
  parse(r: RowReader): T | undefined;
  apply(trx: Knex.Transaction, ctx: BatchContext, rows: Array<{ line: number; value: T }>): Promise<RowError[]>;
  /** Reads the header row itself (columns mapped elsewhere, e.g. by a plugin) instead of required / optional. */
  header?(record: string[]): string[];
}

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Reads typed fields from one CSV record, keeping the first problem (import_errors holds one per line). */
export class RowReader {
  error: RowError | undefined;
  constructor(
    readonly record: Record<string, string>,
    readonly line: number,
  ) {}

  fail(field: string | null, code: string, message: string): undefined {
    this.error ??= { line: this.line, code, field, message };
    return undefined;
  }

  has(field: string): boolean {
    return (this.record[field] ?? '') !== '';
  }

  text(field: string, opts: { required?: boolean; max?: number; pattern?: RegExp } = {}): string | undefined {
    const v = this.record[field] ?? '';
    if (v === '') return opts.required ? this.fail(field, 'import.required', `${field} is required`) : undefined;
    if (v.length > (opts.max ?? 200)) return this.fail(field, 'import.too-long', `${field} is longer than ${opts.max ?? 200}`);
    if (opts.pattern && !opts.pattern.test(v)) return this.fail(field, 'import.invalid', `${field} "${v}" has the wrong format`);
    return v;
  }

  id(field: string, required = true): string | undefined {
    return this.text(field, { required, max: 64, pattern: KEBAB });
  }

  int(field: string, opts: { required?: boolean; min?: number; max?: number } = {}): number | undefined {
    const v = this.record[field] ?? '';
    if (v === '') return opts.required ? this.fail(field, 'import.required', `${field} is required`) : undefined;
    if (!/^-?\d{1,10}$/.test(v)) return this.fail(field, 'import.not-integer', `${field} "${v}" is not an integer`);
    const n = Number(v);
    if (n < (opts.min ?? 0) || n > (opts.max ?? 1e9)) return this.fail(field, 'import.out-of-range', `${field} ${n} is out of range`);
    return n;
  }

  num(field: string, min: number, max: number): number | null | undefined {
    const v = this.record[field] ?? '';
    if (v === '') return null;
    const n = Number(v);
    if (!/^-?\d+(\.\d+)?$/.test(v) || !Number.isFinite(n)) return this.fail(field, 'import.not-number', `${field} "${v}" is not a number`);
    if (n < min || n > max) return this.fail(field, 'import.out-of-range', `${field} ${n} is out of range`);
    return n;
  }

  bool(field: string): boolean | undefined {
    const v = (this.record[field] ?? '').toLowerCase();
    if (v === '') return undefined;
    if (['true', '1', 'yes'].includes(v)) return true;
    if (['false', '0', 'no'].includes(v)) return false;
    return this.fail(field, 'import.not-boolean', `${field} "${v}" is not true/false`);
  }

  /** Tags separated by `;` (commas separate columns). */
  tags(field: string): string[] | undefined {
    const v = this.record[field] ?? '';
    const tags = [...new Set(v.split(';').map((t) => t.trim()).filter(Boolean))];
    const bad = tags.find((t) => !KEBAB.test(t) || t.length > 64);
    if (bad) return this.fail(field, 'import.invalid', `tag "${bad}" must be kebab-case`);
    return tags;
  }
}

/** Last row wins for a key repeated within a batch (one statement cannot change a row twice). */
export function lastByKey<T>(rows: Array<{ line: number; value: T }>, key: (v: T) => string): Array<{ line: number; value: T }> {
  const m = new Map<string, { line: number; value: T }>();
  for (const r of rows) {
    const k = key(r.value);
    m.delete(k);
    m.set(k, r);
  }
  return [...m.values()];
}
