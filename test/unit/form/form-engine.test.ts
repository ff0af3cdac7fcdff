import { describe, expect, it } from 'vitest';
import rulesForm from '../../fixtures/form/rules-form.json';
import cases from '../../fixtures/form/submissions.json';
import {
  cleanSubmission, evaluateForm, validateDefinition, validateSubmission, type FormDefinition, type Locale,
} from '../../../runtime/src/index.js';

interface Case {
  name: string;
  locale?: Locale;
  data: Record<string, unknown>;
  expected: {
    issues: Array<{ path: string; code: string; message?: string }>;
    values?: Record<string, unknown>;
    exact?: Record<string, unknown>;
    absent?: string[];
    visible?: Record<string, boolean>;
    required?: Record<string, boolean>;
  };
}

const form = rulesForm as unknown as FormDefinition;
const now = Date.parse('2026-03-01T08:00:00Z');

describe('form engine: visibleIf, requiredIf, computed, validations (golden)', () => {
  it('the fixture form is a valid definition', () => {
    expect(validateDefinition(form)).toEqual([]);
  });

  it.each(cases as Case[])('$name', (c) => {
    const options = { locale: c.locale ?? 'en', now } as const;
    const issues = validateSubmission(form, c.data, options);
    const shape = issues.map((i) => (c.expected.issues.some((e) => e.message) ? { path: i.path, code: i.code, message: i.message } : { path: i.path, code: i.code }));
    expect(shape).toEqual(c.expected.issues);

    const ev = evaluateForm(form, c.data, options);
    if (c.expected.values) expect(ev.values).toMatchObject(c.expected.values);
    for (const [k, v] of Object.entries(c.expected.exact ?? {})) expect(ev.values[k]).toEqual(v);
    for (const k of c.expected.absent ?? []) expect(ev.values).not.toHaveProperty(k);
    if (c.expected.visible) expect(ev.visible).toMatchObject(c.expected.visible);
    if (c.expected.required) expect(ev.required).toMatchObject(c.expected.required);
    // cleanSubmission is exactly the evaluated values: what the server stores.
    expect(cleanSubmission(form, c.data, options)).toEqual(ev.values);
  });

  it('does not mutate the caller data', () => {
    const data = { customerType: 'retail', items: [{ sku: ' A-1 ', qty: '2', price: '5' }] };
    const copy = structuredClone(data);
    validateSubmission(form, data, { now });
    expect(data).toEqual(copy);
  });

  it('orders computed fields by dependency, not by position', () => {
    // `total` is declared before `subtotal` but reads it.
    const ev = evaluateForm(form, { customerType: 'business', company: 'A', discount: 1, items: [{ sku: 'A', qty: 1, price: 4 }] });
    expect(ev.computed).toMatchObject({ subtotal: 4, total: 3 });
  });
});
