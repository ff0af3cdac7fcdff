/** JSON Schemas shared by the catalog routes (products, locations, channels) and their views. */
export const kebabId = { type: 'string', minLength: 1, maxLength: 64, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } as const;
export const skuSchema = { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9][A-Za-z0-9._/-]*$' } as const;
export const nameSchema = { type: 'string', minLength: 1, maxLength: 200 } as const;
export const tagsSchema = { type: 'array', maxItems: 50, uniqueItems: true, items: kebabId } as const;
const hhmm = { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$' } as const;
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Per weekday, the intervals a location works (in the tenant's time zone), e.g. `{"mon": [{"open": "09:00", "close": "18:00"}]}`. */
export const openHoursSchema = {
  type: ['object', 'null'],
  additionalProperties: false,
  properties: Object.fromEntries(
    DAYS.map((d) => [
      d,
      { type: 'array', maxItems: 4, items: { type: 'object', additionalProperties: false, required: ['open', 'close'], properties: { open: hhmm, close: hhmm } } },
    ]),
  ),
};

export const productFields = {
  name: nameSchema,
  tags: tagsSchema,
  weightKg: { type: ['number', 'null'], minimum: 0, maximum: 1e9 },
  unitPrice: { type: ['number', 'null'], minimum: 0, maximum: 1e12 },
  attributes: { type: 'object', maxProperties: 100 },
  active: { type: 'boolean' },
} as const;

export const locationFields = {
  name: nameSchema,
  type: { ...kebabId, description: 'warehouse | store | 3pl (or another kebab-case type the tenant uses)' },
  lat: { type: ['number', 'null'], minimum: -90, maximum: 90 },
  lon: { type: ['number', 'null'], minimum: -180, maximum: 180 },
  region: { type: ['string', 'null'], maxLength: 100 },
  address: { type: ['object', 'null'], maxProperties: 30 },
  tags: tagsSchema,
  priority: { type: 'integer', minimum: -1000000, maximum: 1000000 },
  dailyCapacity: { type: ['integer', 'null'], minimum: 0, maximum: 100000000 },
  openHours: openHoursSchema,
  active: { type: 'boolean' },
} as const;

export const channelFields = {
  name: nameSchema,
  type: { ...kebabId, description: 'api | marketplace | storefront | pos | edi | form …' },
  active: { type: 'boolean' },
} as const;

const stamp = { createdAt: { type: 'string', format: 'date-time' }, updatedAt: { type: 'string', format: 'date-time' } };
export const productView = { type: 'object', required: ['sku', 'name', 'tags', 'attributes', 'active'], properties: { sku: skuSchema, ...productFields, ...stamp } };
export const locationView = { type: 'object', required: ['id', 'name', 'type', 'tags', 'priority', 'active'], properties: { id: kebabId, ...locationFields, ...stamp } };
export const channelView = { type: 'object', required: ['id', 'name', 'type', 'active'], properties: { id: kebabId, ...channelFields, ...stamp } };

export const listFilters = {
  q: { type: 'string', minLength: 1, maxLength: 200, description: 'Case-insensitive text in the key or name' },
  tag: { ...kebabId, description: 'Only rows carrying this tag' },
  active: { type: 'boolean' },
} as const;
