import { describe, expect, it } from 'vitest';
import { findField, placeColumn, type FormDoc } from '../../../designer/src/form-designer/model/index';

const doc = {
  kind: 'form', key: 'f', title: { en: 'F' },
  fields: [{ key: 'lines', type: 'line-items', label: { en: 'Lines' }, columns: ['sku', 'qty', 'price', 'total'].map((key) => ({ key, type: 'text', label: { en: key } })) }],
} as FormDoc;
const order = (d: FormDoc) => findField(d, 'lines')!.columns!.map((c) => c.key);

describe('line-items column drag: placeColumn', () => {
  it.each([
    ['total', 0, ['total', 'sku', 'qty', 'price']],
    ['sku', 2, ['qty', 'price', 'sku', 'total']],
    ['sku', 3, ['qty', 'price', 'total', 'sku']],
    ['qty', 99, ['sku', 'price', 'total', 'qty']],
    ['price', -5, ['price', 'sku', 'qty', 'total']],
  ] as const)('%s dropped on position %i', (column, to, expected) => {
    expect(order(placeColumn(doc, `lines.${column}`, to))).toEqual(expected);
  });

  it('dropping a column on its own place or an unknown column returns the same document (no undo step)', () => {
    expect(placeColumn(doc, 'lines.qty', 1).fields[0]).toBe(doc.fields[0]);
    expect(placeColumn(doc, 'lines.nope', 0).fields[0]).toBe(doc.fields[0]);
  });
});
