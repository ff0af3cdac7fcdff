import { describe, expect, it } from 'vitest';
import { tailStart, type MappedBatch } from '../../../server/src/imports/order-import-map.js';

/** Orders as [externalId, lines], errors as [line, externalId?]. */
const batch = (orders: Array<[string, number[]]>, errors: Array<[number, string?]> = []): MappedBatch => ({
  orders: orders.map(([externalId, lines]) => ({ line: lines[0], lines, order: { externalId, lines: [] } })),
  errors: errors.map(([line, externalId]) => ({ line, code: 'x', field: null, message: 'x', ...(externalId ? { externalId } : {}) })),
});

// [case, batch, first line that must be carried into the next batch (undefined: nothing)]
const cases: Array<[string, MappedBatch, number | undefined]> = [
  ['nothing mapped', batch([]), undefined],
  ['the last order is carried', batch([['A', [2, 3]], ['B', [4, 5]]]), 4],
  ['a bad row of the last order keeps it together', batch([['A', [2, 3]]], [[4, 'B'], [5, 'B']]), 4],
  ['a bad row without an order id is no order to carry', batch([['A', [2, 3]]], [[4]]), 2],
  ['interleaved orders: the carry starts where the first of them does', batch([['A', [2, 5]], ['B', [3, 6]], ['C', [4]]]), 2],
  ['an order between the last one’s rows is carried with it', batch([['A', [2]], ['B', [3, 5]], ['C', [4]]]), 3],
];

describe('order import: where a batch’s carried tail starts', () => {
  it.each(cases)('%s', (_name, b, expected) => {
    expect(tailStart(b)).toBe(expected);
  });
});
