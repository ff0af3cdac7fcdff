import { envelopeProperties, envelopeRequired, i18nTextSchema, ruleSchema } from '../definitions/common-schema.js';

const idList = { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true } as const;
const kebabList = { type: 'array', items: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' }, minItems: 1, uniqueItems: true } as const;
const nonNegative = { type: 'number', minimum: 0 } as const;

const selectorProperties = {
  ids: { ...idList, minItems: 1 },
  types: kebabList,
  tags: kebabList,
  anyTags: kebabList,
  maxDistanceKm: nonNegative,
  where: ruleSchema,
} as const;

const selector = { type: 'object', properties: selectorProperties, additionalProperties: false, minProperties: 1 } as const;

const weights = {
  type: 'object',
  properties: { distance: nonNegative, cost: nonNegative, stock: nonNegative, priority: nonNegative, load: nonNegative },
  additionalProperties: false,
} as const;

const rule = {
  type: 'object',
  required: ['id'],
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$' },
    title: i18nTextSchema,
    scope: { enum: ['order', 'line'] },
    when: ruleSchema,
    restrict: selector,
    exclude: selector,
    prefer: {
      type: 'object',
      properties: { ...selectorProperties, boost: nonNegative },
      additionalProperties: false,
      minProperties: 1,
    },
    weights: { ...weights, minProperties: 1 },
    stop: { type: 'boolean' },
  },
  additionalProperties: false,
} as const;

const costEntry = {
  type: 'object',
  required: ['cost'],
  properties: {
    location: { type: 'string', minLength: 1 },
    locationType: { type: 'string', minLength: 1 },
    locationRegion: { type: 'string', minLength: 1 },
    toCountry: { type: 'string', pattern: '^[A-Z]{2}$' },
    toRegion: { type: 'string', minLength: 1 },
    cost: nonNegative,
  },
  additionalProperties: false,
} as const;

const positive = { type: 'number', exclusiveMinimum: 0 } as const;

/** JSON Schema of a `routing` definition (shape only; meaning is in check.ts). */
export const routingSchema = {
  $id: 'https://oms.studio/schemas/routing.json',
  type: 'object',
  required: [...envelopeRequired],
  properties: {
    ...envelopeProperties('routing'),
    candidates: {
      type: 'object',
      properties: {
        types: kebabList,
        tags: kebabList,
        anyTags: kebabList,
        excludeTags: kebabList,
        maxDistanceKm: nonNegative,
        where: ruleSchema,
      },
      additionalProperties: false,
    },
    rules: { type: 'array', items: rule, maxItems: 500 },
    scoring: {
      type: 'object',
      properties: {
        weights,
        distance: { type: 'object', properties: { maxKm: positive }, additionalProperties: false },
        cost: {
          type: 'object',
          properties: { table: { type: 'array', items: costEntry }, default: nonNegative, max: positive },
          additionalProperties: false,
        },
        stock: { type: 'object', properties: { cap: positive }, additionalProperties: false },
        priority: { type: 'object', properties: { max: positive }, additionalProperties: false },
      },
      additionalProperties: false,
    },
    split: {
      type: 'object',
      properties: {
        shipComplete: { type: 'boolean' },
        maxShipments: { type: 'integer', minimum: 1, maximum: 50 },
        perLineFallback: { type: 'boolean' },
      },
      additionalProperties: false,
    },
    safetyStock: {
      type: 'object',
      properties: {
        default: nonNegative,
        overrides: {
          type: 'array',
          items: {
            type: 'object',
            required: ['qty'],
            properties: { location: { type: 'string', minLength: 1 }, sku: { type: 'string', minLength: 1 }, qty: nonNegative },
            additionalProperties: false,
          },
        },
      },
      additionalProperties: false,
    },
    unfillable: { enum: ['backorder', 'hold', 'reject'] },
  },
  additionalProperties: false,
} as const;
