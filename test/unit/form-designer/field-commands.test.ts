import { builtinFieldTypes, defaultFieldTypes } from '@oms/runtime';
import { describe, expect, it } from 'vitest';
import { FIELD_UI, panelParts } from '../../../designer/src/form-designer/field-ui-registry';
import {
  addColumn, findField, formulaJson, issueTarget, moveColumn, parseFormula, removeField, updateField, type FormDoc,
} from '../../../designer/src/form-designer/model/index';

const doc = (): FormDoc => ({
  kind: 'form', key: 'f', title: { en: 'F' },
  fields: [
    { key: 'group', type: 'section', label: { en: 'G' }, fields: [{ key: 'country', type: 'text', label: { en: 'Country' } }] },
    { key: 'lines', type: 'line-items', label: { en: 'Lines' }, columns: [
      { key: 'sku', type: 'sku', label: { en: 'SKU' } },
      { key: 'qty', type: 'number', label: { en: 'Qty' } },
    ] },
  ],
  mapping: { lines: { to: 'lines', columns: { qty: 'qty' } } },
} as FormDoc);

describe('form designer field commands', () => {
  it('edits a field inside a section and a line-items column by ref; undefined deletes a property', () => {
    let d = updateField(doc(), 'country', { required: true, visibleIf: { '==': [{ var: 'x' }, 1] } });
    expect(findField(d, 'country')).toMatchObject({ required: true, visibleIf: { '==': [{ var: 'x' }, 1] } });
    d = updateField(d, 'country', { visibleIf: undefined });
    expect('visibleIf' in findField(d, 'country')!).toBe(false);
    d = updateField(d, 'lines.qty', { min: 1 });
    expect(findField(d, 'lines.qty')).toMatchObject({ key: 'qty', min: 1 });
  });

  it('adds, reorders and removes columns', () => {
    let d = addColumn(doc(), 'lines', { key: 'price', type: 'money', label: { en: 'Price' } });
    expect(findField(d, 'lines')!.columns!.map((c) => c.key)).toEqual(['sku', 'qty', 'price']);
    d = moveColumn(d, 'lines.price', -1);
    expect(findField(d, 'lines')!.columns!.map((c) => c.key)).toEqual(['sku', 'price', 'qty']);
    d = removeField(d, 'lines.sku');
    expect(findField(d, 'lines')!.columns!.map((c) => c.key)).toEqual(['price', 'qty']);
  });

  it.each([
    ['/fields/0/fields/0/pattern', { field: 'country', property: 'pattern' }],
    ['/fields/1/columns/1/min', { field: 'lines.qty', property: 'min' }],
    ['/fields/1', { field: 'lines', property: undefined }],
    ['/fields/1/columns/0', { field: 'lines.sku', property: undefined }],
    ['/validations/2/rule', { validation: 2, property: 'rule' }],
    ['/mapping/lines/columns/qty', { field: 'lines.qty', property: 'mapping' }],
    ['/mapping/country', { field: 'country', property: 'mapping' }],
    ['/layout/sections/0', {}],
    ['/fields/9/key', {}],
  ] as const)('issue at %s is pinned to %j', (path, expected) => {
    expect(issueTarget(doc(), path)).toEqual(expected);
  });

  it.each([
    [undefined, { kind: 'none' }],
    [{ '*': [{ var: 'row.qty' }, { var: 'row.unitPrice' }] }, { kind: 'product', a: 'row.qty', b: 'row.unitPrice' }],
    [{ '+': [{ var: 'a' }, { var: 'b' }] }, { kind: 'sum', a: 'a', b: 'b' }],
    [{ 'sum-lines': [{ var: 'lines' }] }, { kind: 'sumLines', lines: 'lines', column: undefined }],
    [{ 'sum-lines': [{ var: 'lines' }, 'lineTotal'] }, { kind: 'sumLines', lines: 'lines', column: 'lineTotal' }],
    [{ '*': [{ var: 'a' }, 2] }, { kind: 'custom', json: { '*': [{ var: 'a' }, 2] } }],
    [{ '*': [{ var: 'a' }, { var: 'b' }, { var: 'c' }] }, { kind: 'custom', json: { '*': [{ var: 'a' }, { var: 'b' }, { var: 'c' }] } }],
  ] as const)('computed %j reads as %j and writes back identically', (json, formula) => {
    const parsed = parseFormula(json);
    expect(parsed).toEqual(formula);
    expect(formulaJson(parsed)).toEqual(json);
  });
});

describe('field-type UI registry', () => {
  it('adds UI under the runtime keys only: every runtime type has an entry, no entry lacks a runtime type', () => {
    expect(Object.keys(FIELD_UI).sort()).toEqual(defaultFieldTypes.keys().sort());
  });

  it.each(builtinFieldTypes.map((t) => [t.key, t] as const))('panel parts of %s follow the runtime type', (_, type) => {
    const parts = panelParts(type);
    expect(parts.includes('options')).toBe(type.accepts?.options === true);
    expect(parts.includes('pattern')).toBe(type.accepts?.pattern === true);
    expect(parts.includes('bounds')).toBe(type.accepts?.minMax === true);
    expect(parts.includes('columns')).toBe(type.container === 'rows');
    expect(panelParts(type, true)).not.toContain('mapping');
  });
});
