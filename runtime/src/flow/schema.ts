import { envelopeProperties, envelopeRequired, i18nTextSchema } from '../definitions/common-schema.js';
import type { NodeTypeRegistry } from './node-type.js';

const idSchema = { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_-]{0,63}$' } as const;

/** The flow JSON Schema; each node's `config` is checked against its type's schema fragment. */
export function buildFlowSchema(types: NodeTypeRegistry): Record<string, unknown> {
  const perType = types.all().map((t) => ({
    if: { properties: { type: { const: t.key } }, required: ['type'] },
    then: {
      properties: { config: t.configSchema },
      ...(t.configRequired ? { required: ['config'] } : {}),
    },
  }));
  return {
    $id: 'https://oms.studio/schemas/flow.json',
    title: 'Flow definition',
    type: 'object',
    additionalProperties: false,
    required: [...envelopeRequired, 'nodes', 'edges'],
    properties: {
      ...envelopeProperties('flow'),
      nodes: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'type'],
          properties: {
            id: idSchema,
            type: { enum: types.keys() },
            title: i18nTextSchema,
            config: { type: 'object' },
          },
          allOf: perType,
        },
      },
      edges: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'from', 'to'],
          properties: { id: idSchema, from: idSchema, to: idSchema, outcome: { type: 'string', minLength: 1 }, title: i18nTextSchema },
        },
      },
      layout: {
        type: 'object',
        description: 'Canvas positions by node id; never read by the interpreter.',
        additionalProperties: {
          type: 'object',
          required: ['x', 'y'],
          properties: { x: { type: 'number' }, y: { type: 'number' }, w: { type: 'number' }, h: { type: 'number' } },
        },
      },
    },
  };
}
