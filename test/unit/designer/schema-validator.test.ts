import type { RJSFSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { createSchemaValidator } from '../../../designer/src/admin/plugins/schema-validator';

const schema: RJSFSchema = {
  type: 'object',
  required: ['baseUrl', 'channel'],
  properties: {
    baseUrl: { type: 'string', pattern: '^https?://' },
    channel: { type: 'string', minLength: 2 },
    pageSize: { type: 'integer', minimum: 1, maximum: 250 },
    warehouses: { type: 'array', items: { type: 'object', required: ['code'], properties: { code: { type: 'string' } } } },
  },
};

const v = createSchemaValidator((keyword, fallback) => (keyword === 'required' ? 'REQUIRED' : fallback));

describe('the CSP-safe form validator (@cfworker/json-schema behind @rjsf)', () => {
  it.each([
    ['valid data has no errors', { baseUrl: 'https://shop.example', channel: 'eu' }, {}],
    ['a missing property is an error AT that property', { channel: 'eu' }, { baseUrl: ['REQUIRED'] }],
    ['each bad field carries its own error', { baseUrl: 'ftp://x', channel: 'e', pageSize: 0 }, { baseUrl: 1, channel: 1, pageSize: 1 }],
    ['nested errors land on the nested path', { baseUrl: 'http://x', channel: 'eu', warehouses: [{ code: 'a' }, {}] }, { warehouses: { 1: { code: ['REQUIRED'] } } }],
  ])('%s', (_name, data, expected) => {
    const r = v.validateFormData(data, schema);
    const shape = (node: any): any => {
      const out: any = {};
      for (const [k, val] of Object.entries(node ?? {})) {
        if (k === '__errors') continue;
        const child = val as any;
        out[k] = child.__errors && Object.keys(child).length === 1 ? (child.__errors.some((e: string) => e === 'REQUIRED') ? ['REQUIRED'] : child.__errors.length) : shape(child);
      }
      return out;
    };
    expect(shape(r.errorSchema)).toEqual(expected);
    expect(r.errors.length === 0).toBe(Object.keys(expected).length === 0);
  });

  it('isValid answers for sub-schemas (used by anyOf / oneOf)', () => {
    expect(v.isValid({ type: 'string' }, 'x', schema)).toBe(true);
    expect(v.isValid({ type: 'string' }, 3, schema)).toBe(false);
  });
});
