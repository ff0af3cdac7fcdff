import { envelopeProperties, envelopeRequired, i18nTextSchema, keySchema, ruleSchema } from '../definitions/common-schema.js';

/** Field keys are data keys (used in `var` paths and Formik paths): no dots, slashes or dashes. */
export const fieldKeySchema = { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]{0,63}$' } as const;

const optionSchema = {
  type: 'object',
  required: ['value', 'label'],
  properties: { value: { type: ['string', 'number', 'boolean'] }, label: i18nTextSchema },
  additionalProperties: false,
} as const;

/** JSON Schema of a form definition; `typeKeys` are the registered field types. */
export function createFormSchema(typeKeys: string[]) {
  const field = {
    type: 'object',
    required: ['key', 'type', 'label'],
    properties: {
      key: fieldKeySchema,
      type: { enum: typeKeys },
      label: i18nTextSchema,
      help: i18nTextSchema,
      placeholder: i18nTextSchema,
      default: { description: 'Initial value, of the field type.' },
      required: { type: 'boolean' },
      requiredIf: ruleSchema,
      visibleIf: ruleSchema,
      computed: ruleSchema,
      readOnly: { type: 'boolean' },
      min: { type: ['number', 'string'], description: 'Value bound (number, money, date) or count (text length, items, rows).' },
      max: { type: ['number', 'string'] },
      pattern: { type: 'string', minLength: 1 },
      options: { type: 'array', items: optionSchema },
      columns: { type: 'array', items: { $ref: '#/definitions/field' } },
      fields: { type: 'array', items: { $ref: '#/definitions/field' } },
      scale: { type: 'integer', minimum: 0, maximum: 6 },
    },
    additionalProperties: false,
  } as const;
  const mappingTarget = {
    anyOf: [
      { type: 'string', minLength: 1 },
      {
        type: 'object',
        required: ['to'],
        properties: { to: { type: 'string', minLength: 1 }, columns: { type: 'object', additionalProperties: { type: 'string' } } },
        additionalProperties: false,
      },
    ],
  } as const;
  return {
    type: 'object',
    required: [...envelopeRequired, 'fields'],
    properties: {
      ...envelopeProperties('form'),
      currency: { type: 'string', pattern: '^[A-Z]{3}$' },
      fields: { type: 'array', minItems: 1, items: { $ref: '#/definitions/field' } },
      validations: {
        type: 'array',
        items: {
          type: 'object',
          required: ['rule', 'message'],
          properties: { id: keySchema, rule: ruleSchema, message: i18nTextSchema, field: fieldKeySchema },
          additionalProperties: false,
        },
      },
      layout: {
        type: 'object',
        required: ['sections'],
        properties: {
          sections: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'rows'],
              properties: {
                id: keySchema,
                title: i18nTextSchema,
                rows: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['columns'],
                    properties: {
                      columns: {
                        type: 'array',
                        items: {
                          type: 'object',
                          required: ['field'],
                          properties: { field: fieldKeySchema, span: { type: 'integer', minimum: 1, maximum: 24 } },
                          additionalProperties: false,
                        },
                      },
                    },
                    additionalProperties: false,
                  },
                },
              },
              additionalProperties: false,
            },
          },
        },
        additionalProperties: false,
      },
      mapping: { type: 'object', patternProperties: { [fieldKeySchema.pattern]: mappingTarget }, additionalProperties: false },
      flow: keySchema,
    },
    additionalProperties: false,
    definitions: { field },
  } as const;
}
