import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDefaultRegistry, orderKeysBySchema } from '@oms/runtime';

// PostgreSQL jsonb returns keys sorted by length then bytes; this mimics it.
const jsonbOrder = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(jsonbOrder)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.keys(v)
            .sort((a, b) => a.length - b.length || (a < b ? -1 : 1))
            .map((k) => [k, jsonbOrder((v as Record<string, unknown>)[k])]),
        )
      : v;

const registry = createDefaultRegistry();
const template = (kind: string) => JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../../templates/demo/${kind}.json`), 'utf8'));

describe('orderKeysBySchema', () => {
  it.each(['form', 'flow', 'routing', 'review'])('%s: jsonb order comes back envelope first, values untouched', (kind) => {
    const original = template(kind);
    const back = orderKeysBySchema(jsonbOrder(original), registry.schemaOf(kind)!) as Record<string, unknown>;
    expect(back).toEqual(original);
    expect(Object.keys(back).slice(0, 3)).toEqual(['kind', 'key', 'title']);
  });

  it('follows the matching if/then branch of a discriminated union (flow node config)', () => {
    const back = orderKeysBySchema(jsonbOrder(template('flow')), registry.schemaOf('flow')!) as { nodes: Array<Record<string, any>> };
    const approval = back.nodes.find((n) => n.type === 'approval')!;
    expect(Object.keys(approval)).toEqual(['id', 'type', 'config']);
    expect(Object.keys(approval.config)).toEqual(['assignees', 'mode', 'sla']);
    expect(Object.keys(approval.config.sla)).toEqual(['due', 'remind', 'onTimeout']);
  });

  it('keeps unknown keys after the known ones, and leaves non-objects alone', () => {
    const schema = { type: 'object', properties: { b: { type: 'string' }, a: { type: 'string' } } };
    expect(Object.keys(orderKeysBySchema({ z: 1, a: 'x', b: 'y' }, schema) as object)).toEqual(['b', 'a', 'z']);
    expect(orderKeysBySchema(42, schema)).toBe(42);
    expect(orderKeysBySchema(null, schema)).toBe(null);
  });

  it('follows $ref and array items', () => {
    const schema = {
      type: 'object',
      properties: { list: { type: 'array', items: { $ref: '#/definitions/item' } } },
      definitions: { item: { type: 'object', properties: { id: {}, name: {} } } },
    };
    const back = orderKeysBySchema({ list: [{ name: 'n', id: 1 }] }, schema) as { list: object[] };
    expect(Object.keys(back.list[0])).toEqual(['id', 'name']);
  });
});
