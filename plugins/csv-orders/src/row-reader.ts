import type { Field } from './fields.js';

export interface RowError {
  line: number;
  code: string;
  message: string;
  column?: string;
  /** The order the row belongs to, when its external id could be read (the server keeps an order's rows together). */
  externalId?: string;
}

/** Thrown inside one row's mapping: the first problem of the row, naming its column. */
export class RowProblem extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly column?: string,
  ) {
    super(message);
  }
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Typed cells of one row by field, reporting problems with the file's header name. */
export class RowReader {
  constructor(
    private readonly header: string[],
    private readonly index: Partial<Record<Field, number>>,
    private readonly values: string[],
    private readonly decimal: '.' | ',',
  ) {}

  column(field: Field): string | undefined {
    const i = this.index[field];
    return i === undefined ? undefined : this.header[i];
  }

  text(field: Field, max: number): string | undefined {
    const i = this.index[field];
    const v = i === undefined ? '' : (this.values[i] ?? '').trim();
    if (v === '') return undefined;
    if (v.length > max) throw new RowProblem('csv-orders.too-long', `${this.column(field)} is longer than ${max} characters`, this.column(field));
    return v;
  }

  required(field: Field, max: number): string {
    const v = this.text(field, max);
    if (v === undefined) throw new RowProblem('csv-orders.required', `${this.column(field) ?? field} is required`, this.column(field));
    return v;
  }

  qty(): number {
    const v = this.required('qty', 20);
    if (!/^\d{1,7}$/.test(v) || Number(v) < 1 || Number(v) > 1_000_000) {
      throw new RowProblem('csv-orders.not-integer', `${this.column('qty')} "${v}" is not a whole number from 1 to 1000000`, this.column('qty'));
    }
    return Number(v);
  }

  /** An amount with the configured decimal separator; the other separator may group thousands (1.234,50). */
  amount(field: Field): number | undefined {
    const v = this.text(field, 40);
    if (v === undefined) return undefined;
    const group = this.decimal === ',' ? '.' : ',';
    const plain = v.replace(/[\s\u00a0]/g, '').split(group).join('').replace(this.decimal, '.');
    if (!/^\d+(\.\d+)?$/.test(plain) || Number(plain) > 1e12) {
      throw new RowProblem('csv-orders.not-number', `${this.column(field)} "${v}" is not an amount (decimal separator "${this.decimal}")`, this.column(field));
    }
    return Number(plain);
  }

  pattern(field: Field, re: RegExp, what: string, transform: (v: string) => string = (v) => v): string | undefined {
    const raw = this.text(field, 64);
    if (raw === undefined) return undefined;
    const v = transform(raw);
    if (!re.test(v)) throw new RowProblem('csv-orders.invalid', `${this.column(field)} "${raw}" is not ${what}`, this.column(field));
    return v;
  }

  placedAt(): string | undefined {
    const v = this.text('placedAt', 40);
    if (v === undefined) return undefined;
    // A bare date or a local time without offset is read as UTC: the file names no zone.
    const full = /^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?$/.test(v) ? `${v.replace(' ', 'T')}Z` : v.replace(' ', 'T');
    if (!ISO.test(full)) throw new RowProblem('csv-orders.invalid', `${this.column('placedAt')} "${v}" is not a date (YYYY-MM-DD or ISO 8601)`, this.column('placedAt'));
    return full;
  }
}
