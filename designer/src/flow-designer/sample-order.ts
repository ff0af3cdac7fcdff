/** A sample order in the shape of templates/demo/sample-orders.json (PO-3003: over 10 000, so it needs approval). */
export const SAMPLE_ORDER = {
  channel: 'portal',
  externalId: 'PO-3003',
  currency: 'USD',
  placedAt: '2026-03-02T11:05:00Z',
  customer: { id: 'cust-shady', name: 'Shady Deals LLC', email: 'x@shady.example', creditLimit: 100000 },
  shipTo: { line1: '1 Nowhere St', city: 'Reno', region: 'NV', postcode: '89501', country: 'US' },
  lines: [{ id: 'line-1', sku: 'DRILL-18V', qty: 200, unitPrice: 129.0 }],
  totals: { total: 25800 },
};
