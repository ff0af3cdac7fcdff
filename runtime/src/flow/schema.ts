import { envelopeProperties, envelopeRequired, i18nTextSchema } from '../definitions/common-schema.js';
import type { NodeTypeRegistry } from './node-type.js';

const idSchema = { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_-]{0,63}$' } as const;

/** A node; buildFlowSchema narrows `type` to the registry's keys and `config` per type. */
export const flowNodeSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'type'],
  properties: {
    id: idSchema,
    type: { type: 'string' },
    title: i18nTextSchema,
    config: { type: 'object' },
  },
} as const;

export const flowEdgeSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'from', 'to'],
  properties: { id: idSchema, from: idSchema, to: idSchema, outcome: { type: 'string', minLength: 1 }, title: i18nTextSchema },
} as const;

export const flowLayoutSchema = {
  type: 'object',
  description: 'Canvas positions by node id; never read by the interpreter.',
  additionalProperties: {
    type: 'object',
    required: ['x', 'y'],
    properties: { x: { type: 'number' }, y: { type: 'number' }, w: { type: 'number' }, h: { type: 'number' } },
  },
} as const;

/** The flow envelope with the static node shape (what FromSchema can see; see schema-types.ts). */
export const flowEnvelopeSchema = {
  type: 'object',
  additionalProperties: false,
  required: [...envelopeRequired, 'nodes', 'edges'],
  properties: {
    ...envelopeProperties('flow'),
    nodes: { type: 'array', minItems: 1, items: flowNodeSchema },
    edges: { type: 'array', items: flowEdgeSchema },
    layout: flowLayoutSchema,
  },
} as const;

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
    ...flowEnvelopeSchema,
    properties: {
      ...flowEnvelopeSchema.properties,
      nodes: {
        type: 'array',
        minItems: 1,
        items: { ...flowNodeSchema, properties: { ...flowNodeSchema.properties, type: { enum: types.keys() } }, allOf: perType },
      },
    },
  };
}
