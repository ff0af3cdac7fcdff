import { SAMPLE_ORDER } from '../flow-designer/sample-order';

/** Ready-made sample orders for "try it", so an analyst can test rules without writing an order by hand. */
export const REVIEW_SAMPLES: Array<{ id: string; order: Record<string, unknown> }> = [
  { id: 'complete', order: SAMPLE_ORDER },
  { id: 'noPostcode', order: { ...SAMPLE_ORDER, externalId: 'PO-NOPC', shipTo: { line1: 'Hauptstr. 1', city: 'Berlin', country: 'DE' } } },
  { id: 'small', order: { ...SAMPLE_ORDER, externalId: 'PO-SMALL', lines: [{ id: 'line-1', sku: 'DRILL-18V', qty: 2, unitPrice: 129 }], totals: { total: 258 } } },
];
