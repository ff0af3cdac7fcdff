import { describe, expect, it } from 'vitest';
import { formProvides, isProvided } from '../../../runtime/src/form/provides.js';

const form = {
  kind: 'form',
  key: 'f',
  fields: [
    { key: 'email', type: 'text' },
    { key: 'group', type: 'section', fields: [{ key: 'poNumber', type: 'text' }] },
    { key: 'items', type: 'line-items', columns: [{ key: 'code' }, { key: 'qty' }] },
    { key: 'addr', type: 'address' },
  ],
  mapping: { email: 'customer.email', items: { to: 'lines', columns: { code: 'sku' } }, addr: 'shipTo' },
};

// [order path a flow reads, provided?]
const cases: Array<[string, boolean]> = [
  ['customer.email', true],
  ['customer', true], // reading the parent object of a mapped field
  ['shipTo.country', true], // inside a mapped object
  ['attributes.poNumber', true], // unmapped field, nested in a section
  ['poNumber', true], // the field key itself
  ['lines.sku', true], // remapped line-items column
  ['totals.total', true], // filled by the system, not the form
  ['attributes.giftNote', false],
  ['customer.phone', false],
  ['billTo', false],
];

describe('formProvides / isProvided', () => {
  const provided = formProvides(form);
  for (const [path, expected] of cases) {
    it(`${path} → ${expected}`, () => expect(isProvided(path, provided)).toBe(expected));
  }
});
