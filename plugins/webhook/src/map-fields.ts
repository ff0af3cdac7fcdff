/** A field of the canonical order the mapping can fill, and how its mapped value is checked. */
export type FieldKind = 'text' | 'email' | 'money' | 'count' | 'datetime' | 'country' | 'currency';

export interface FieldSpec {
  /** Dotted path in the mapping and the canonical order (`customer.email`); `lines.*` are per line item. */
  key: string;
  kind: FieldKind;
  max?: number;
  required?: boolean;
}

const ADDRESS = ['name', 'company', 'line1', 'line2', 'city', 'region', 'postcode', 'phone'];
const ADDRESS_MAX: Record<string, number> = { name: 200, company: 200, line1: 300, line2: 300, city: 120, region: 120, postcode: 32, phone: 40 };

export const ORDER_FIELDS: FieldSpec[] = [
  { key: 'externalId', kind: 'text', max: 128, required: true },
  { key: 'currency', kind: 'currency' },
  { key: 'placedAt', kind: 'datetime' },
  { key: 'customer.id', kind: 'text', max: 128 },
  { key: 'customer.email', kind: 'email' },
  { key: 'customer.name', kind: 'text', max: 200 },
  ...ADDRESS.map((k): FieldSpec => ({ key: `shipTo.${k}`, kind: 'text', max: ADDRESS_MAX[k] })),
  { key: 'shipTo.country', kind: 'country' },
  { key: 'totals.total', kind: 'money' },
  { key: 'totals.shipping', kind: 'money' },
  { key: 'totals.tax', kind: 'money' },
];

export const LINE_FIELDS: FieldSpec[] = [
  { key: 'id', kind: 'text', max: 64 },
  { key: 'sku', kind: 'text', max: 128, required: true },
  { key: 'qty', kind: 'count', required: true },
  { key: 'unitPrice', kind: 'money' },
  { key: 'name', kind: 'text', max: 300 },
];

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The checked value, or an error message. Numbers in strings are accepted ("2" → 2), nothing else is guessed. */
export function coerce(spec: FieldSpec, v: unknown): { value: unknown } | { error: string } {
  switch (spec.kind) {
    case 'text': {
      const s = typeof v === 'number' && Number.isFinite(v) ? String(v) : v;
      if (typeof s !== 'string' || s.trim() === '') return { error: 'must be a non-empty string' };
      if (spec.max && s.trim().length > spec.max) return { error: `must be at most ${spec.max} characters` };
      return { value: s.trim() };
    }
    case 'email':
      return typeof v === 'string' && /^[^\s@]+@[^\s@]+$/.test(v.trim()) && v.length <= 254 ? { value: v.trim() } : { error: 'must be an e-mail address' };
    case 'money': {
      const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
      return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? { value: n } : { error: 'must be a number ≥ 0' };
    }
    case 'count': {
      const n = typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : v;
      return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 1_000_000 ? { value: n } : { error: 'must be an integer from 1 to 1000000' };
    }
    case 'datetime':
      return typeof v === 'string' && ISO_DATETIME.test(v) ? { value: v } : { error: 'must be an ISO 8601 date-time with an offset' };
    case 'country':
      return typeof v === 'string' && /^[A-Za-z]{2}$/.test(v.trim()) ? { value: v.trim().toUpperCase() } : { error: 'must be a two-letter country code' };
    case 'currency':
      return typeof v === 'string' && /^[A-Za-z]{3}$/.test(v.trim()) ? { value: v.trim().toUpperCase() } : { error: 'must be a three-letter currency code' };
  }
}

/** Dotted get / set on plain objects. */
export function getDotted(o: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((cur, k) => (cur !== null && typeof cur === 'object' && Object.prototype.hasOwnProperty.call(cur, k) ? (cur as Record<string, unknown>)[k] : undefined), o);
}

export function setDotted(o: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split('.');
  let cur = o;
  for (const p of parts.slice(0, -1)) cur = (cur[p] ??= {}) as Record<string, unknown>;
  cur[parts[parts.length - 1]] = value;
}
