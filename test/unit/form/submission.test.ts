import { describe, expect, it } from 'vitest';
import rulesForm from '../../fixtures/form/rules-form.json';
import cases from '../../fixtures/form/to-order.json';
import demoForm from '../../../templates/demo/form.json';
import {
  cleanSubmission, FORM_ERROR_KEY, formikValidate, formProvides, initialRow, initialValues, issuesToFormikErrors, toOrder,
  validateSubmission, type FormDefinition,
} from '../../../runtime/src/index.js';

const forms: Record<string, FormDefinition> = {
  demo: demoForm as unknown as FormDefinition,
  rules: rulesForm as unknown as FormDefinition,
};
const now = Date.parse('2026-03-01T08:00:00Z');

describe('toOrder (golden)', () => {
  it.each(cases)('$name', (c) => {
    const form = forms[c.form];
    expect(validateSubmission(form, c.data, { now })).toEqual([]);
    expect(toOrder(form, c.data, { now })).toEqual(c.expected);
  });
});

describe('initial values', () => {
  it('uses defaults, type empty values and computed starting values', () => {
    expect(initialValues(forms.demo, { now })).toEqual({
      customer: {}, poNumber: '', requestedDate: undefined, shipTo: {}, sameBilling: true, billTo: {}, lines: [],
      shippingMethod: 'standard', liftgate: false, total: 0, notes: '',
    });
  });

  it('gives a new row its column defaults', () => {
    expect(initialRow(forms.demo, 'lines')).toEqual({ qty: 1 });
  });

  it('an untouched form fails validation on what is required', () => {
    const issues = validateSubmission(forms.demo, initialValues(forms.demo, { now }), { now });
    expect(issues.map((i) => i.path)).toEqual(['/customer', '/poNumber', '/requestedDate', '/shipTo', '/lines']);
  });
});

describe('issuesToFormikErrors', () => {
  it('nests by pointer, keeps the first message per path, puts form-level issues under _form', () => {
    const issues = validateSubmission(forms.rules, {
      customerType: 'business', country: 'DE', isGift: true, giftMessage: 'x',
      items: [{ sku: 'A', qty: 1, price: 1 }, { qty: 0, price: 1 }],
    });
    expect(issuesToFormikErrors(issues)).toEqual({
      company: 'Company is required',
      items: [undefined, { sku: 'SKU is required', qty: 'Qty must be at least 1' }],
      total: 'Minimum order is 10',
      [FORM_ERROR_KEY]: 'Gift orders cannot ship to Germany',
    });
  });

  it('never writes through __proto__', () => {
    const errors = issuesToFormikErrors([{ path: '/__proto__/polluted', code: 'x', message: 'bad' }]);
    expect(errors).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('formikValidate and order paths', () => {
  it('is validateSubmission shaped for Formik', () => {
    const validate = formikValidate(forms.rules, { locale: 'zh-CN' });
    expect(validate({ customerType: 'retail', items: [{ sku: 'A', qty: 1, price: 20 }] })).toEqual({});
    expect(validate({ customerType: 'retail', items: [{ qty: 1, price: 20 }] })).toEqual({ items: [{ sku: '商品编码为必填项' }] });
  });

  it('drops __proto__ keys inside composite values', () => {
    const data = JSON.parse('{"customer": {"id": "c1", "__proto__": {"admin": true}}}');
    const clean = cleanSubmission(forms.demo, data);
    expect(clean.customer).toEqual({ id: 'c1' });
    expect(Object.getPrototypeOf(clean.customer)).toBe(Object.prototype);
  });

  it('lists the order paths a form fills', () => {
    // formProvides also lists field keys and line columns; the mapped order paths are all among them.
    const orderPaths = [
      'customer', 'attributes.poNumber', 'attributes.requestedDate', 'shipTo', 'attributes.sameBilling', 'billTo', 'lines',
      'attributes.shippingMethod', 'attributes.liftgate', 'totals.total', 'attributes.notes',
    ];
    const provided = formProvides(forms.demo as unknown as Record<string, unknown>);
    expect(provided).toEqual(expect.arrayContaining(orderPaths));
    expect(provided.filter((p) => p.includes('.') && !p.startsWith('lines.') && !p.startsWith('attributes.'))).toEqual(['totals.total']);
  });
});
