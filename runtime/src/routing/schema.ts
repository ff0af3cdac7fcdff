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
    scope: { description: "'line' rules see {order, line} and restrict/exclude locations for that line only.", enum: ['order', 'line'] },
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
      description: 'Which locations may ship at all: types, tags, distance, and a JSON Logic condition over {location, order, distanceKm}.',
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
    rules: { description: 'Ordered rules: when → restrict / exclude / prefer / weights (stop ends the list).', type: 'array', items: rule, maxItems: 500 },
    scoring: {
      description: 'Weighted score: Σ weight × factor normalised to [0, 1] (distance, cost, stock depth, priority, load).',
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
      description: 'Ship complete from one location first; else the fewest shipments up to maxShipments; perLineFallback ships what can be placed.',
      type: 'object',
      properties: {
        shipComplete: { type: 'boolean' },
        maxShipments: { type: 'integer', minimum: 1, maximum: 50 },
        perLineFallback: { type: 'boolean' },
      },
      additionalProperties: false,
    },
    safetyStock: {
      description: 'Units held back per location and SKU: overrides (location+SKU, SKU, location) win over the inventory figure, the default fills in.',
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
    unfillable: { description: 'What happens to lines no plan can place (default backorder).', enum: ['backorder', 'hold', 'reject'] },
  },
  additionalProperties: false,
} as const;
