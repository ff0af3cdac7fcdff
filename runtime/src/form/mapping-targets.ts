import type { ValueKind } from './field-types/registry.js';

/**
 * Where a form field can land on the canonical order, and which value kinds each place accepts.
 * `attributes.<key>` accepts anything (custom data with no canonical home).
 */
const STRING: ValueKind[] = ['string', 'date'];
const ADDRESS_PARTS = ['name', 'company', 'line1', 'line2', 'city', 'region', 'postcode', 'country', 'phone'];

export const MAPPING_TARGETS: Record<string, ValueKind[]> = {
  lines: ['rows'],
  customer: ['customer'],
  'customer.id': STRING,
  'customer.email': STRING,
  'customer.name': STRING,
  'customer.tags': ['string[]'],
  'customer.creditLimit': ['number'],
  shipTo: ['address'],
  billTo: ['address'],
  ...Object.fromEntries(ADDRESS_PARTS.flatMap((p) => [[`shipTo.${p}`, STRING], [`billTo.${p}`, STRING]])),
  currency: STRING,
  externalId: STRING,
  channel: STRING,
  placedAt: STRING,
  tags: ['string[]'],
  'totals.subtotal': ['number'],
  'totals.shipping': ['number'],
  'totals.tax': ['number'],
  'totals.discount': ['number'],
  'totals.total': ['number'],
};

/** Where a line-items column can land on an order line. */
export const LINE_TARGETS: Record<string, ValueKind[]> = {
  sku: STRING,
  qty: ['number'],
  unitPrice: ['number'],
  name: STRING,
  tags: ['string[]'],
};

const ATTRIBUTE = /^attributes\.[A-Za-z_][A-Za-z0-9_-]*$/;

/** The value kinds a target accepts, or undefined when the target is not a place on the order. */
export function acceptedKinds(target: string, table: Record<string, ValueKind[]> = MAPPING_TARGETS): ValueKind[] | undefined {
  if (ATTRIBUTE.test(target)) return ['string', 'number', 'boolean', 'date', 'string[]', 'address', 'customer', 'rows'];
  return Object.prototype.hasOwnProperty.call(table, target) ? table[target] : undefined;
}
