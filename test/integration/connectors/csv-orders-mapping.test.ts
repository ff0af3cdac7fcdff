import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import plugin from '../../../plugins/csv-orders/src/index.js';
import { callCapability, createHarness } from '../../support/plugin-harness.js';

const manifest = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../../plugins/csv-orders/manifest.json'), 'utf8'));
const ajv = new Ajv({ strict: false });
const checkIn = ajv.compile(manifest.capabilities['map-csv-rows'].input);
const checkOut = ajv.compile(manifest.capabilities['map-csv-rows'].output);

/** Split a small CSV by hand (the server's csv-parse does this for real); line n is row n of the text. */
function rows(text: string, delimiter = ',') {
  const [head, ...rest] = text.trim().split('\n');
  return { header: head.split(delimiter), rows: rest.map((r, i) => ({ line: i + 2, values: r.split(delimiter) })) };
}

async function map(input: ReturnType<typeof rows>, config: Record<string, unknown> = {}) {
  expect(checkIn(input), ajv.errorsText(checkIn.errors)).toBe(true);
  const out = await callCapability(plugin, 'map-csv-rows', input, 'k', createHarness({ config, allowedHosts: [] }));
  expect(checkOut(out), ajv.errorsText(checkOut.errors)).toBe(true);
  return out as { orders: Array<{ line: number; order: any; lines: number[] }>; errors: any[] };
}

// [name, csv, config, expected orders (line, externalId, lines as [sku, qty, unitPrice?]), expected errors]
const cases: Array<[string, string, Record<string, unknown>, Array<[number, string, Array<[string, number, number?]>]>, Array<[number, string, string?]>]> = [
  [
    'English defaults, case-insensitive, rows of one external id make one order',
    'Order ID,SKU,Quantity,Unit Price,Country\nA1,TEE-M,2,9.50,de\nA1,MUG,1,4,DE\nB2,TEE-L,3,,US',
    {},
    [[2, 'A1', [['TEE-M', 2, 9.5], ['MUG', 1, 4]]], [4, 'B2', [['TEE-L', 3]]]],
    [],
  ],
  [
    'zh-CN headers',
    '订单号,商品编码,数量,单价,收货人,城市\nZ-1,SKU-1,5,12.5,张三,上海\nZ-1,SKU-2,1,3,张三,上海',
    {},
    [[2, 'Z-1', [['SKU-1', 5, 12.5], ['SKU-2', 1, 3]]]],
    [],
  ],
  [
    'semicolon files with a decimal comma and thousands dots',
    'order_number;sku;qty;price\nE1;A;1;1.234,50\nE2;B;2;0,99',
    { delimiter: ';', decimal: ',' },
    [[2, 'E1', [['A', 1, 1234.5]]], [3, 'E2', [['B', 2, 0.99]]]],
    [],
  ],
  [
    'configured column names win over the recognised ones',
    'ref,artikel,menge,order id\nR1,X,4,ignored',
    { columns: { externalId: 'ref', sku: 'artikel', qty: 'menge' } },
    [[2, 'R1', [['X', 4]]]],
    [],
  ],
  [
    'a bad row names line and column and keeps its whole order out',
    'order id,sku,qty,price,email\nA,S1,1,1,a@x.test\nA,S2,zero,1,a@x.test\nB,S3,2,abc,b@x.test\nC,,1,1,c@x.test\n,S5,1,1,\nD,S6,1,1,not-an-email',
    {},
    [],
    [[2, 'csv-orders.order-incomplete'], [3, 'csv-orders.not-integer', 'qty'], [4, 'csv-orders.not-number', 'price'], [5, 'csv-orders.required', 'sku'], [6, 'csv-orders.required', 'order id'], [7, 'csv-orders.invalid', 'email']],
  ],
];

describe('csv-orders map-csv-rows', () => {
  for (const [name, csv, config, orders, errors] of cases) {
    it(name, async () => {
      const out = await map(rows(csv, (config.delimiter as string) ?? ','), config);
      expect(out.orders.map((o) => [o.line, o.order.externalId, o.order.lines.map((l: any) => (l.unitPrice === undefined ? [l.sku, l.qty] : [l.sku, l.qty, l.unitPrice]))])).toEqual(orders);
      expect(out.errors.map((e) => (e.column ? [e.line, e.code, e.column] : [e.line, e.code]))).toEqual(errors);
      for (const o of out.orders) expect(o.order.channel).toBe('csv-orders');
    });
  }

  it('maps the order fields from the first row of an order', async () => {
    const out = await map(
      rows('order id,date,currency,customer id,customer name,email,recipient,address,city,zip,country,phone,sku,item name,qty,shipping,tags\nW-9,2030-02-03,eur,C-7,Ann Lee,ann@x.test,Ann,1 Main St,Berlin,10115,de,+49 1,S,Shirt,2,4.90,vip;gift'),
    );
    expect(out.orders[0].order).toEqual({
      channel: 'csv-orders',
      externalId: 'W-9',
      currency: 'EUR',
      placedAt: '2030-02-03T00:00:00Z',
      customer: { id: 'C-7', name: 'Ann Lee', email: 'ann@x.test' },
      shipTo: { name: 'Ann', line1: '1 Main St', city: 'Berlin', postcode: '10115', country: 'DE', phone: '+49 1' },
      totals: { shipping: 4.9 },
      tags: ['vip', 'gift'],
      lines: [{ id: 'L1', sku: 'S', qty: 2, name: 'Shirt' }],
    });
  });

  it('a header without a SKU column fails the file as a validation error naming the missing fields', async () => {
    const h = createHarness({ allowedHosts: [] });
    await expect(callCapability(plugin, 'map-csv-rows', rows('order id,amount\nA,1'), 'k', h)).rejects.toMatchObject({
      errorClass: 'validation',
      code: 'csv-orders.missing-column',
      details: { missing: ['sku', 'qty'] },
    });
  });
});
