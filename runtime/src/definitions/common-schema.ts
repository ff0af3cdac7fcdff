/** Schema fragments shared by every definition kind. */

export const keySchema = {
  type: 'string',
  pattern: '^[a-z][a-z0-9-]{0,63}$',
  description: 'Stable kebab-case key, unique per kind within a tenant.',
} as const;

/** An i18n text: `{ "en": "Order", "zh-CN": "订单" }`; at least one language. */
export const i18nTextSchema = {
  type: 'object',
  properties: { en: { type: 'string' }, 'zh-CN': { type: 'string' } },
  additionalProperties: false,
  minProperties: 1,
} as const;

/** A JSON Logic rule: any JSON value; its meaning is checked by the rule engine, not the schema. */
export const ruleSchema = {
  description: 'JSON Logic rule',
} as const;

/** The envelope every definition kind shares; generic so `kind` stays a literal for FromSchema. */
export function envelopeProperties<K extends string>(kind: K) {
  return {
    kind: { const: kind },
    key: keySchema,
    version: { type: 'integer', minimum: 0, description: 'Set by publish; 0 or absent for drafts.' },
    title: i18nTextSchema,
    description: i18nTextSchema,
  } as const;
}

export const envelopeRequired = ['kind', 'key', 'title'] as const;
