// Runtime types are imported as types only (erased at run time): the plugin process loads no runtime code.
import type { Address } from '@oms/runtime';

/** The canonical address. */
export type CanonicalAddress = Address;

export interface CanonicalOrderOut {
  channel: 'shopify';
  externalId: string;
  currency?: string;
  placedAt?: string;
  customer?: { id?: string; email?: string; name?: string };
  shipTo?: CanonicalAddress;
  billTo?: CanonicalAddress;
  lines: Array<{ id?: string; sku: string; qty: number; unitPrice?: number; name?: string; attributes?: Record<string, unknown> }>;
  totals?: { subtotal?: number; shipping?: number; tax?: number; discount?: number; total?: number };
  tags?: string[];
  attributes?: Record<string, unknown>;
}

/** Fields a raw address may carry, under the canonical names. */
export type RawAddress = { [K in keyof CanonicalAddress]?: string | number | null };

const cut = (v: unknown, max: number): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, max) : undefined);

function coord(v: unknown, limit: number): number | undefined {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= limit ? n : undefined;
}

/** Drops empty fields and clips to the schema's lengths; `undefined` when nothing is left. */
export function address(a: RawAddress | null | undefined): CanonicalAddress | undefined {
  if (!a) return undefined;
  const country = cut(a.country, 2)?.toUpperCase();
  const out: CanonicalAddress = {
    name: cut(a.name, 200), company: cut(a.company, 200), line1: cut(a.line1, 300), line2: cut(a.line2, 300),
    city: cut(a.city, 120), region: cut(a.region, 120), postcode: cut(a.postcode, 32),
    country: country && /^[A-Z]{2}$/.test(country) ? country : undefined,
    phone: cut(a.phone, 40), lat: coord(a.lat, 90), lon: coord(a.lon, 180),
  };
  const clean = Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as CanonicalAddress;
  return Object.keys(clean).length ? clean : undefined;
}

/** Shopify money is a decimal string. */
export function money(v: string | number | null | undefined): number | undefined {
  if (v === null || v === undefined || v === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

export function text(v: unknown, max: number): string | undefined {
  return cut(v, max);
}

export function email(v: unknown): string | undefined {
  const e = cut(v, 254);
  return e && /^[^\s@]+@[^\s@]+$/.test(e) ? e : undefined;
}

/** Shopify tags, trimmed, ≤ 64 chars, ≤ 50 of them. */
export function tagList(tags: string[] | string | null | undefined): string[] {
  const list = typeof tags === 'string' ? tags.split(',') : (tags ?? []);
  return list.map((t) => t.trim().slice(0, 64)).filter(Boolean).slice(0, 50);
}

/** `2026-11-30T10:15:00Z` passes the schema as is; anything else is dropped rather than guessed. */
export function instant(v: string | null | undefined): string | undefined {
  return v && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(v) ? v : undefined;
}

export function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** A line without a SKU keeps a stable stand-in and tags the order, so a review rule can hold it. */
export const MISSING_SKU_TAG = 'shopify-missing-sku';
