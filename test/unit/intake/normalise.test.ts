import { describe, expect, it } from 'vitest';
import { validateCanonicalOrder, type CanonicalOrder } from '@oms/runtime';
import { chooseFlow } from '../../../server/src/intake/choose-flow.js';
import type { PublishedDefinition } from '../../../server/src/intake/intake-context.js';
import { normaliseOrder } from '../../../server/src/intake/normalise.js';

const opts = { currency: 'EUR', now: Date.UTC(2030, 0, 1), channel: 'api' };

describe('normaliseOrder', () => {
  it.each<[string, CanonicalOrder, Partial<CanonicalOrder>]>([
    ['defaults: channel, currency, placedAt, line ids, totals', { lines: [{ sku: 'A', qty: 2, unitPrice: 1.1 }] as never },
      { channel: 'api', currency: 'EUR', placedAt: '2030-01-01T00:00:00.000Z', lines: [{ id: 'line-1', sku: 'A', qty: 2, unitPrice: 1.1 }], totals: { subtotal: 2.2, total: 2.2 } }],
    ['keeps given ids and skips taken ones', { lines: [{ sku: 'A', qty: 1 }, { id: 'line-1', sku: 'B', qty: 1 }] as never },
      { lines: [{ id: 'line-2', sku: 'A', qty: 1 }, { id: 'line-1', sku: 'B', qty: 1 }], totals: {} }],
    ['trims and drops empty strings', { channel: ' web ', customer: { name: '  Ann ', email: ' ' }, lines: [{ sku: ' A ', qty: 1 }] as never },
      { channel: 'web', customer: { name: 'Ann' }, lines: [{ id: 'line-1', sku: 'A', qty: 1 }] }],
    ['total from subtotal, shipping, tax, discount; given totals win', { totals: { shipping: 5, tax: 2, discount: 1 }, lines: [{ sku: 'A', qty: 3, unitPrice: 10 }] as never },
      { totals: { subtotal: 30, shipping: 5, tax: 2, discount: 1, total: 36 } }],
    ['placedAt with an offset becomes UTC', { placedAt: '2030-01-01T08:00:00+08:00', currency: 'USD', lines: [{ sku: 'A', qty: 1 }] as never },
      { placedAt: '2030-01-01T00:00:00.000Z', currency: 'USD' }],
  ])('%s', (_name, input, expected) => {
    expect(normaliseOrder(input, opts)).toMatchObject(expected);
  });
});

describe('validateCanonicalOrder', () => {
  it.each<[unknown, string[]]>([
    [{ lines: [{ sku: 'A', qty: 1 }] }, []],
    [{ lines: [] }, ['/lines']],
    [{ lines: [{ sku: 'A', qty: 0 }, { qty: 1 }] }, ['/lines/0/qty', '/lines/1/sku']],
    [{ currency: 'eur', lines: [{ sku: 'A', qty: 1.5 }] }, ['/currency', '/lines/0/qty']],
    [{ colour: 'red', lines: [{ sku: 'A', qty: 1 }] }, ['/colour']],
    [{ shipTo: { country: 'Germany' }, lines: [{ sku: 'A', qty: 1 }] }, ['/shipTo/country']],
  ])('%j → %j', (order, paths) => {
    expect(validateCanonicalOrder(order).map((i) => i.path)).toEqual(paths);
  });
});

const def = (kind: PublishedDefinition['kind'], key: string, body: Record<string, unknown> = {}): PublishedDefinition => ({ kind, key, version: 3, body: { kind, key, ...body } });
const routeNode = (routing: string) => ({ nodes: [{ id: 'r', type: 'route', config: { routing } }] });

describe('chooseFlow', () => {
  it.each<[string, PublishedDefinition[], string | null, boolean, string | null, string[]]>([
    ['form order: the form’s flow', [def('flow', 'a'), def('flow', 'b')], 'b', true, 'b', []],
    ['form order: its flow unpublished', [def('flow', 'a')], 'zzz', true, null, []],
    ['api order: the one flow the forms name', [def('flow', 'a'), def('flow', 'b'), def('form', 'f', { flow: 'b' })], null, false, 'b', []],
    ['api order: else the only flow', [def('flow', 'a')], null, false, 'a', []],
    ['api order: ambiguous', [def('flow', 'a'), def('flow', 'b')], null, false, null, []],
    ['pins the routing its route node names', [def('flow', 'a', routeNode('main')), def('routing', 'main'), def('routing', 'other')], null, false, 'a', ['main']],
  ])('%s', (_n, defs, formFlow, fromForm, flow, routings) => {
    const c = chooseFlow(defs, formFlow, fromForm);
    expect(c.flow?.key ?? null).toBe(flow);
    expect(c.routings.map((r) => r.key)).toEqual(routings);
  });
});
