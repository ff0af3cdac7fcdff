import { describe, expect, it } from 'vitest';
import { validateCanonicalOrder } from '@oms/runtime';
import { mapOrder } from '../../../plugins/vendure/src/map-order.js';
import type { VendureOrder } from '../../../plugins/vendure/src/order-fields.js';

// Edge cases of the Vendure → canonical mapping that the seeded peer does not produce (the peer tests cover a
// real order end to end): [name, change to a base order, expected part of the result].
const base: VendureOrder = {
  id: '42', code: 'ABC123', state: 'PaymentSettled', active: false, currencyCode: 'EUR',
  orderPlacedAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-01T09:59:58.000Z',
  subTotalWithTax: 2400, shippingWithTax: 0, totalWithTax: 2160,
  taxSummary: [{ taxTotal: 400 }], discounts: [{ amountWithTax: -240 }],
  customer: { id: '7', emailAddress: 'x@example.com', firstName: 'Ann', lastName: '' },
  shippingAddress: { fullName: 'Ann', company: '', streetLine1: 'Main 1', streetLine2: null, city: 'Berlin', province: '', postalCode: '10115', countryCode: 'de', phoneNumber: '' },
  billingAddress: { fullName: '', company: '', streetLine1: '', streetLine2: '', city: '', province: '', postalCode: '', countryCode: '', phoneNumber: '' },
  lines: [{ id: '9', quantity: 2, unitPriceWithTax: 1200, productVariant: { sku: 'S-1', name: 'Sock' } }],
};

const cases: Array<[string, (o: VendureOrder) => void, Record<string, unknown>, number?]> = [
  ['discount is positive, country upper-cased, empty fields left out, empty billing address dropped', () => {},
    { totals: { subtotal: 24, shipping: 0, tax: 4, discount: 2.4, total: 21.6 }, shipTo: { name: 'Ann', line1: 'Main 1', city: 'Berlin', postcode: '10115', country: 'DE' }, customer: { id: '7', email: 'x@example.com', name: 'Ann' } }],
  ['zero-decimal currency', (o) => { o.currencyCode = 'JPY'; o.lines[0].unitPriceWithTax = 1200; }, { currency: 'JPY', lines: [{ sku: 'S-1', qty: 2, unitPrice: 1200, name: 'Sock', attributes: { vendureLineId: '9' } }] }, 0],
  ['a guest without a valid email keeps id and name only', (o) => { o.customer!.emailAddress = 'not an email'; }, { customer: { id: '7', name: 'Ann' } }],
  ['no customer, no address', (o) => { o.customer = null; o.shippingAddress = null; o.billingAddress = null; }, {}],
  ['over-long address fields are cut to the canonical limits', (o) => { o.shippingAddress!.city = 'x'.repeat(500); }, { shipTo: { city: 'x'.repeat(120) } }],
  ['a country that is not ISO alpha-2 is left out', (o) => { o.shippingAddress!.countryCode = 'DEU'; }, {}],
];

describe('vendure mapping', () => {
  it.each(cases)('%s', (_name, change, expected, decimals) => {
    const o = structuredClone(base);
    change(o);
    const out = mapOrder(o, { channel: 'vendure', currencyDecimals: decimals });
    expect(validateCanonicalOrder(out)).toEqual([]);
    expect(out).toMatchObject({ channel: 'vendure', externalId: 'ABC123', placedAt: '2026-03-01T10:00:00.000Z', ...expected });
    if (!o.customer) expect(out.customer).toBeUndefined();
    if (!o.billingAddress || !o.billingAddress.streetLine1) expect(out.billTo).toBeUndefined();
    if (o.shippingAddress?.countryCode === 'DEU') expect(out.shipTo).not.toHaveProperty('country');
    if (o.customer?.emailAddress === 'not an email') expect(out.customer).not.toHaveProperty('email');
  });
});
