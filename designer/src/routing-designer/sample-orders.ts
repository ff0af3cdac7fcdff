import type { CanonicalOrder } from '@oms/runtime';

/** Sample orders in the shape of templates/demo/sample-orders.json, with ship-to coordinates so distance counts. */
export const SAMPLE_ORDERS: ReadonlyArray<{ id: string; order: CanonicalOrder }> = [
  {
    id: 'columbus',
    order: {
      channel: 'portal', externalId: 'PO-1001', currency: 'USD', placedAt: '2026-03-02T09:15:00Z',
      customer: { id: 'cust-acme', name: 'Acme Tools Inc.', email: 'buyer@acme.example' },
      shipTo: { line1: '100 Industrial Way', city: 'Columbus', region: 'OH', postcode: '43215', country: 'US', lat: 39.9612, lon: -82.9988 },
      lines: [{ id: 'line-1', sku: 'DRILL-18V', qty: 10, unitPrice: 129 }, { id: 'line-2', sku: 'BIT-SET-40', qty: 25, unitPrice: 19.5 }],
      totals: { total: 1777.5 },
    } as CanonicalOrder,
  },
  {
    id: 'san-francisco',
    order: {
      channel: 'web', externalId: 'WEB-5005', currency: 'USD', placedAt: '2026-03-03T16:20:00Z',
      customer: { id: 'cust-bay', name: 'Bay Builders', email: 'ops@bay.example' },
      shipTo: { line1: '1 Market St', city: 'San Francisco', region: 'CA', postcode: '94105', country: 'US', lat: 37.7936, lon: -122.3958 },
      lines: [{ id: 'line-1', sku: 'DRILL-18V', qty: 2, unitPrice: 129 }],
      totals: { total: 258 },
    } as CanonicalOrder,
  },
  {
    id: 'reno-saws',
    order: {
      channel: 'portal', externalId: 'PO-2002', currency: 'USD', placedAt: '2026-03-02T10:40:00Z',
      customer: { id: 'cust-bolt', name: 'Bolt & Nut Co.', email: 'orders@boltnut.example' },
      shipTo: { line1: '7 Harbor Road', city: 'Sacramento', region: 'CA', postcode: '95814', country: 'US', lat: 38.5816, lon: -121.4944 },
      lines: [{ id: 'line-1', sku: 'SAW-CIRC-7', qty: 5, unitPrice: 149 }, { id: 'line-2', sku: 'BIT-SET-40', qty: 4, unitPrice: 19.5 }],
      totals: { total: 823 },
    } as CanonicalOrder,
  },
];
