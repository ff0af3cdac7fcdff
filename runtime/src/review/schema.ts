import { envelopeProperties, envelopeRequired, i18nTextSchema, ruleSchema } from '../definitions/common-schema.js';

export const reviewSchema = {
  type: 'object',
  required: [...envelopeRequired, 'rules'],
  properties: {
    ...envelopeProperties('review'),
    rules: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'when', 'action', 'message'],
        properties: {
          id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$' },
          title: i18nTextSchema,
          when: ruleSchema,
          action: { enum: ['pass', 'hold', 'reject', 'flag'] },
          message: i18nTextSchema,
          code: { type: 'string', pattern: '^[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+$' },
          enabled: { type: 'boolean' },
        },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
} as const;
