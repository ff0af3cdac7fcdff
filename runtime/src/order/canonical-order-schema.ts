import { Ajv, type ValidateFunction } from 'ajv';
import type { Issue, Locale } from '../core/issue.js';
import { ajvToIssues } from '../definitions/ajv-issues.js';

const text = (max: number) => ({ type: 'string', maxLength: max }) as const;
const money = { type: 'number', minimum: 0, maximum: 1e12 } as const;
const tags = { type: 'array', maxItems: 50, items: text(64) } as const;

const address = {
  type: 'object',
  additionalProperties: false,
  properties: {
    name: text(200),
    company: text(200),
    line1: text(300),
    line2: text(300),
    city: text(120),
    region: text(120),
    postcode: text(32),
    country: { type: 'string', pattern: '^[A-Z]{2}$' },
    phone: text(40),
    lat: { type: 'number', minimum: -90, maximum: 90 },
    lon: { type: 'number', minimum: -180, maximum: 180 },
  },
} as const;

/**
 * JSON Schema of the canonical order (canonical-order.ts) as intake accepts it: every entry (API, form, plugin)
 * is checked against it before normalising, so errors come back as JSON Pointer paths into the order.
 * Line ids are optional here (intake numbers missing ones); qty is a positive integer.
 */
export const canonicalOrderSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['lines'],
  properties: {
    id: text(64),
    channel: { type: 'string', pattern: '^[a-z0-9][a-z0-9._-]{0,63}$' },
    externalId: { type: 'string', minLength: 1, maxLength: 128 },
    currency: { type: 'string', pattern: '^[A-Z]{3}$' },
    placedAt: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$' },
    customer: {
      type: 'object',
      additionalProperties: false,
      properties: {
        id: text(128),
        email: { type: 'string', maxLength: 254, pattern: '^[^\\s@]+@[^\\s@]+$' },
        name: text(200),
        tags,
        creditLimit: money,
      },
    },
    shipTo: address,
    billTo: address,
    lines: {
      type: 'array',
      minItems: 1,
      maxItems: 500,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['sku', 'qty'],
        properties: {
          id: { type: 'string', minLength: 1, maxLength: 64 },
          sku: { type: 'string', minLength: 1, maxLength: 64, pattern: '\\S' },
          qty: { type: 'integer', minimum: 1, maximum: 1_000_000 },
          unitPrice: money,
          name: text(300),
          tags,
          attributes: { type: 'object' },
        },
      },
    },
    totals: {
      type: 'object',
      additionalProperties: false,
      properties: { subtotal: money, shipping: money, tax: money, discount: money, total: money },
    },
    tags,
    attributes: { type: 'object' },
  },
} as const;

let compiled: ValidateFunction | undefined;

/** Schema issues of an incoming order, `[]` when it has the canonical shape. */
export function validateCanonicalOrder(order: unknown, locale: Locale = 'en'): Issue[] {
  compiled ??= new Ajv({ allErrors: true, strict: false }).compile(canonicalOrderSchema);
  return compiled(order) ? [] : ajvToIssues(compiled.errors, locale);
}
