/** Tryton's JSON-RPC encodes Decimal, date and datetime as tagged objects. */
export const decimal = (v: number | string) => ({ __class__: 'Decimal', decimal: String(v) });

export interface TrytonDateTime {
  __class__: 'datetime';
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  microsecond: number;
}

export function date(iso: string) {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return { __class__: 'date', year, month, day };
}

/** Tryton datetimes are naive UTC; we keep them as `YYYY-MM-DDTHH:MM:SS.ffffff` for cursors. */
export function dateTimeText(v: TrytonDateTime): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${v.year}-${p(v.month)}-${p(v.day)}T${p(v.hour)}:${p(v.minute)}:${p(v.second)}.${p(v.microsecond, 6)}`;
}

export function dateTimeValue(text: string): TrytonDateTime {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{6})$/.exec(text);
  if (!m) throw new Error(`bad cursor time ${text}`);
  const [year, month, day, hour, minute, second, microsecond] = m.slice(1).map(Number);
  return { __class__: 'datetime', year, month, day, hour, minute, second, microsecond };
}

export function toNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (v && typeof v === 'object' && 'decimal' in v) return Number((v as { decimal: string }).decimal);
  return Number(v);
}
