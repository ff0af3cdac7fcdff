import type { Segment } from './parse.js';
import { X12Error, type X12Position } from './x12-error.js';

/** Typed, position-aware reads of one segment's elements; every failure names segment and element. */
export class Elements {
  constructor(readonly seg: Segment, readonly inSet?: number) {}

  at(n: number, value?: string): X12Position {
    return { segment: this.seg.index, line: this.seg.line, id: this.seg.id, element: n, inSet: this.inSet, value };
  }

  fail(n: number, problem: string, code = '6'): never {
    throw new X12Error(problem, this.at(n, this.seg.elements[n]), code);
  }

  /** The element's text, trimmed; '' when absent. */
  opt(n: number): string {
    return (this.seg.elements[n] ?? '').trim();
  }

  req(n: number, what: string): string {
    const v = this.opt(n);
    if (!v) this.fail(n, `${what} is missing`, '1');
    return v;
  }

  /** A whole number of units (X12 type N0 / R without fraction). */
  int(n: number, what: string, required = true): number | undefined {
    const v = required ? this.req(n, what) : this.opt(n);
    if (!v) return undefined;
    if (!/^-?\d+(\.0*)?$/.test(v)) {
      this.fail(n, /^-?\d*\.\d+$/.test(v) ? `${what} '${v}' is not a whole number` : `${what} '${v}' is not a number`);
    }
    return Number.parseInt(v, 10);
  }

  /** CCYYMMDD (or YYMMDD in the ISA), checked to be a real calendar day. */
  date(n: number, what: string, required = true): string | undefined {
    const v = required ? this.req(n, what) : this.opt(n);
    if (!v) return undefined;
    const m = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
    const d = m && new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    if (!m || !d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) this.fail(n, `${what} '${v}' is not a date (CCYYMMDD)`, '8');
    return `${m[1]}-${m[2]}-${m[3]}`;
  }

  /** HHMM or HHMMSS. */
  time(n: number, what: string): string | undefined {
    const v = this.opt(n);
    if (!v) return undefined;
    const m = /^([01]\d|2[0-3])([0-5]\d)([0-5]\d)?/.exec(v);
    if (!m || !/^\d{4}(\d{2}(\d{1,2})?)?$/.test(v)) this.fail(n, `${what} '${v}' is not a time (HHMM)`, '9');
    return `${m[1]}:${m[2]}:${m[3] ?? '00'}`;
  }

  oneOf(n: number, what: string, codes: readonly string[], required = true): string | undefined {
    const v = required ? this.req(n, what) : this.opt(n);
    if (!v) return undefined;
    if (!codes.includes(v)) this.fail(n, `${what} '${v}' is not one of ${codes.join(', ')}`, '7');
    return v;
  }
}
