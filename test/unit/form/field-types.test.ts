import { describe, expect, it } from 'vitest';
import cases from '../../fixtures/form/field-types.json';
import {
  cleanSubmission, createDefaultFieldTypes, defaultFieldTypes, validateDefinition, validateSubmission,
  type FormDefinition, type FormField,
} from '../../../runtime/src/index.js';

interface Case {
  name: string;
  field: Partial<FormField>;
  input: unknown;
  required?: boolean;
  coerced?: unknown;
  issues: string[];
  paths?: string[];
}

/** A one-field form (key `f`) so each case runs through the real form pipeline. */
function formFor(c: Case): FormDefinition {
  const field = { key: 'f', label: { en: 'F' }, ...c.field, ...(c.required ? { required: true } : {}) } as FormField;
  return { kind: 'form', key: 'field-type-case', title: { en: 'Case' }, fields: [field] };
}

describe('field types (golden)', () => {
  it.each(cases as Case[])('$name', (c) => {
    const form = formFor(c);
    expect(validateDefinition(form)).toEqual([]);
    const issues = validateSubmission(form, { f: c.input });
    expect(issues.map((i) => i.code)).toEqual(c.issues);
    if (c.paths) expect(issues.map((i) => i.path)).toEqual(c.paths);
    else issues.forEach((i) => expect(i.path).toBe('/f'));
    if ('coerced' in c) expect(cleanSubmission(form, { f: c.input }).f).toEqual(c.coerced);
  });
});

describe('field-type registry', () => {
  it('registers every built-in type under its kebab-case key', () => {
    expect(defaultFieldTypes.keys().sort()).toEqual(
      ['address', 'checkbox', 'customer', 'date', 'line-items', 'money', 'multiselect', 'number', 'section', 'select', 'sku', 'text', 'textarea'],
    );
  });

  it('gives every built-in type a palette title in en and zh-CN', () => {
    for (const key of defaultFieldTypes.keys()) {
      expect(defaultFieldTypes.get(key)!.title).toEqual({ en: expect.any(String), 'zh-CN': expect.any(String) });
    }
  });

  it('gives each type a value schema and an empty value', () => {
    const field: FormField = { key: 'f', type: 'select', label: { en: 'F' }, options: [{ value: 'a', label: { en: 'A' } }] };
    expect(defaultFieldTypes.get('select')!.valueSchema(field)).toEqual({ enum: ['a'] });
    expect(defaultFieldTypes.get('multiselect')!.emptyValue(field)).toEqual([]);
    expect(defaultFieldTypes.get('line-items')!.valueSchema(field)).toMatchObject({ type: 'array' });
  });

  it('accepts a custom type on a separate registry without touching the default one', () => {
    const types = createDefaultFieldTypes();
    types.register({ ...defaultFieldTypes.get('text')!, key: 'phone', accepts: { pattern: true } });
    expect(types.keys()).toContain('phone');
    expect(defaultFieldTypes.keys()).not.toContain('phone');
  });
});
