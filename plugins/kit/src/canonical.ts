/** A remote address under the canonical field names, before clipping (what a connector's mapper hands over). */
export interface RawAddress {
  name?: string | null;
  company?: string | null;
  line1?: string | null;
  line2?: string | null;
  city?: string | null;
  region?: string | null;
  postcode?: string | null;
  country?: string | null;
  phone?: string | null;
}

/** The canonical order (runtime canonicalOrderSchema) as the storefront connectors build it. */
export interface CanonicalOrderOut {
  channel: string;
  externalId: string;
  currency: string;
  placedAt?: string;
  customer?: { id?: string; email?: string; name?: string };
  shipTo?: Record<string, string>;
  billTo?: Record<string, string>;
  lines: Array<{ sku: string; qty: number; unitPrice: number; name?: string; attributes: Record<string, unknown> }>;
  totals: { subtotal: number; shipping: number; tax: number; discount: number; total: number };
  attributes: Record<string, unknown>;
}

/** Trimmed and cut to `max` characters; `undefined` when nothing is left. */
export const clip = (s: string | null | undefined, max: number): string | undefined => {
  const t = (s ?? '').trim();
  return t ? t.slice(0, max) : undefined;
};

/** The object without its `undefined` fields. */
export function compact<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** An email the schema takes (one @, no spaces, ≤ 254), else `undefined`. */
export function email(v: string | null | undefined): string | undefined {
  return v && /^[^\s@]+@[^\s@]+$/.test(v) ? v.slice(0, 254) : undefined;
}

/**
 * The canonical address: each field trimmed and cut to the schema's length, the country upper-cased and kept only
 * when it is an ISO 3166 alpha-2 code; `undefined` when no field is left.
 */
export function canonicalAddress(a: RawAddress | null | undefined): Record<string, string> | undefined {
  if (!a) return undefined;
  const country = (a.country ?? '').toUpperCase();
  const out = compact({
    name: clip(a.name, 200),
    company: clip(a.company, 200),
    line1: clip(a.line1, 300),
    line2: clip(a.line2, 300),
    city: clip(a.city, 120),
    region: clip(a.region, 120),
    postcode: clip(a.postcode, 32),
    country: /^[A-Z]{2}$/.test(country) ? country : undefined,
    phone: clip(a.phone, 40),
  }) as Record<string, string>;
  return Object.keys(out).length ? out : undefined;
}
