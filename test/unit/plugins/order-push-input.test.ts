import { describe, expect, it } from 'vitest';
import { salesOrderInput, shippingOrderInput } from '../../../server/src/plugins/outbound/order-push-input.js';
import { autoPushOn, servedLocations } from '../../../server/src/plugins/outbound/order-push-targets.js';

const order = {
  number: 'SO-000042',
  body: {
    externalId: 'VND-9', channel: 'vendure', currency: 'USD', shipTo: { name: 'Grace', country: 'GB' },
    lines: [
      { id: 'l1', sku: 'A', qty: 2, unitPrice: 5, name: 'Apple' },
      { id: 'l2', sku: 'B', qty: 1 },
      { id: 'l3', sku: 'A', qty: 3, unitPrice: 5 },
    ],
  },
};

describe('automatic push inputs', () => {
  it('a sales order carries the canonical order under our number', () => {
    expect(salesOrderInput(order)).toEqual({
      order: {
        number: 'SO-000042', externalId: 'VND-9', channel: 'vendure', currency: 'USD', shipTo: { name: 'Grace', country: 'GB' },
        lines: [{ id: 'l1', sku: 'A', qty: 2, unitPrice: 5, name: 'Apple' }, { id: 'l2', sku: 'B', qty: 1 }, { id: 'l3', sku: 'A', qty: 3, unitPrice: 5 }],
      },
    });
  });

  // [allocated at the location, expected WMS lines]: a SKU's units fill its order lines in order
  const cases: Array<[Array<{ sku: string; qty: number }>, Array<{ lineId: string; sku: string; qty: number }>]> = [
    [[{ sku: 'A', qty: 5 }, { sku: 'B', qty: 1 }], [{ lineId: 'l1', sku: 'A', qty: 2 }, { lineId: 'l2', sku: 'B', qty: 1 }, { lineId: 'l3', sku: 'A', qty: 3 }]],
    [[{ sku: 'A', qty: 3 }], [{ lineId: 'l1', sku: 'A', qty: 2 }, { lineId: 'l3', sku: 'A', qty: 1 }]],
    [[{ sku: 'A', qty: 1 }, { sku: 'A', qty: 1 }], [{ lineId: 'l1', sku: 'A', qty: 2 }]],
    [[{ sku: 'B', qty: 1 }], [{ lineId: 'l2', sku: 'B', qty: 1 }]],
  ];
  it.each(cases)('shipping order for %j', (allocated, lines) => {
    expect(shippingOrderInput(order, 'wh-1', allocated)).toEqual({ location: 'wh-1', order: { number: 'SO-000042', externalId: 'VND-9', shipTo: { name: 'Grace', country: 'GB' }, lines } });
  });

  it('served locations come from config.location and config.locations; autoPush defaults on', () => {
    expect(servedLocations({ config: { location: 'wh-1', locations: ['wh-2', 'wh-1', 7] } })).toEqual(['wh-1', 'wh-2']);
    expect(servedLocations({ config: {} })).toEqual([]);
    expect([autoPushOn({ config: {} }), autoPushOn({ config: { autoPush: true } }), autoPushOn({ config: { autoPush: false } })]).toEqual([true, true, false]);
  });
});
