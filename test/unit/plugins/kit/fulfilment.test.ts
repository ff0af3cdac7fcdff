import { describe, expect, it } from 'vitest';
import { linesToFulfil, type CoveredLine, type FulfilmentInput, type RemoteLine } from '../../../../plugins/kit/src/index.js';

const lines: RemoteLine[] = [
  { id: 'l1', sku: 'MUG', quantity: 2 },
  { id: 'l2', sku: 'CAP', quantity: 1 },
  { id: 'l3', sku: 'MUG', quantity: 3 },
  { id: 'l4', sku: null, quantity: 1 },
];

describe('kit linesToFulfil', () => {
  it.each<[string, CoveredLine[], FulfilmentInput['lines'], Array<{ id: string; quantity: number }>]>([
    ['everything open, no lines asked: all of it', [], undefined, [{ id: 'l1', quantity: 2 }, { id: 'l2', quantity: 1 }, { id: 'l3', quantity: 3 }, { id: 'l4', quantity: 1 }]],
    ['what live fulfilments cover is left out (summed over fulfilments)', [{ lineId: 'l1', quantity: 1 }, { lineId: 'l1', quantity: 1 }, { lineId: 'l3', quantity: 2 }], undefined, [{ id: 'l2', quantity: 1 }, { id: 'l3', quantity: 1 }, { id: 'l4', quantity: 1 }]],
    ['a SKU spread over two lines, in line order', [], [{ sku: 'MUG', qty: 4 }], [{ id: 'l1', quantity: 2 }, { id: 'l3', quantity: 2 }]],
    ['asked for more than is open: what is open', [{ lineId: 'l1', quantity: 2 }], [{ sku: 'MUG', qty: 9 }], [{ id: 'l3', quantity: 3 }]],
    ['an unknown SKU: nothing', [], [{ sku: 'HAT', qty: 1 }], []],
    ['everything covered: nothing', lines.map((l) => ({ lineId: l.id, quantity: l.quantity })), undefined, []],
    ['two requests for one SKU share what is open', [], [{ sku: 'MUG', qty: 2 }, { sku: 'MUG', qty: 2 }], [{ id: 'l1', quantity: 2 }, { id: 'l3', quantity: 2 }]],
  ])('%s', (_n, covered, wanted, expected) => expect(linesToFulfil(lines, covered, wanted)).toEqual(expected));
});
