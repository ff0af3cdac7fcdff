import type { CanonicalOrder, OrderLine, PluginFailure } from '@oms/runtime';
import { resolveHeader, FIELDS, type CsvOrdersConfig } from './fields.js';
import { RowProblem, RowReader, type RowError } from './row-reader.js';

export interface MapInput {
  header: string[];
  rows: Array<{ line: number; values: string[] }>;
}

export interface MappedOrder {
  /** First line of the order in the file. */
  line: number;
  order: CanonicalOrder;
  /** Every line the order was built from (an addition to the standard output: the server keeps them together). */
  lines: number[];
}

export interface MapOutput {
  orders: MappedOrder[];
  errors: RowError[];
}

const MAX_LINES = 500;
const COUNTRY = /^[A-Z]{2}$/;
const CURRENCY = /^[A-Z]{3}$/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

interface Group {
  externalId: string;
  first: number;
  lines: number[];
  order?: CanonicalOrder;
  bad?: RowError;
}

/**
 * Rows → canonical orders: rows with the same external id are one order (its header fields from the first row,
 * one line per row). A bad row is reported with its line and column, and its whole order is left out (the other
 * rows of that order are reported as `csv-orders.order-incomplete`), so no order is ever created half.
 */
export function mapRows(input: MapInput, config: CsvOrdersConfig): MapOutput {
  const { index, missing } = resolveHeader(input.header, config);
  if (missing.length > 0) {
    // `code` beside the SDK's fields: the host keeps a failure's own code.
    const failure: PluginFailure & { code: string } = {
      errorClass: 'validation',
      code: 'csv-orders.missing-column',
      message: `No column for ${missing.join(', ')} (recognised: ${missing.map((f) => FIELDS[f].slice(0, 3).join(' / ')).join('; ')}; or set config.columns)`,
      details: { missing },
    };
    throw failure;
  }
  const decimal = config.decimal ?? '.';
  const groups = new Map<string, Group>();
  const errors: RowError[] = [];
  for (const row of input.rows) {
    const r = new RowReader(input.header, index, row.values, decimal);
    let externalId: string | undefined;
    try {
      externalId = r.required('externalId', 128);
      const group = groups.get(externalId) ?? { externalId, first: row.line, lines: [] };
      groups.set(externalId, group);
      group.lines.push(row.line);
      if (group.bad) continue;
      const line = readLine(r, group.lines.length);
      group.order ??= readOrder(r, externalId, config);
      if (group.order.lines.length >= MAX_LINES) throw new RowProblem('csv-orders.too-many-lines', `Order ${externalId} has more than ${MAX_LINES} lines`, r.column('sku'));
      group.order.lines.push(line);
    } catch (e) {
      if (!(e instanceof RowProblem)) throw e;
      const err: RowError = { line: row.line, code: e.code, message: e.message, ...(e.column ? { column: e.column } : {}), ...(externalId ? { externalId } : {}) };
      errors.push(err);
      const group = externalId ? groups.get(externalId) : undefined;
      if (group && !group.bad) group.bad = err;
    }
  }
  const orders: MappedOrder[] = [];
  for (const g of groups.values()) {
    if (!g.bad) {
      orders.push({ line: g.first, order: g.order!, lines: g.lines });
      continue;
    }
    for (const line of g.lines) {
      if (line === g.bad.line || errors.some((e) => e.line === line)) continue;
      errors.push({ line, code: 'csv-orders.order-incomplete', message: `Order ${g.externalId} not imported: line ${g.bad.line} is bad`, externalId: g.externalId });
    }
  }
  errors.sort((a, b) => a.line - b.line);
  return { orders, errors };
}

function readLine(r: RowReader, n: number): OrderLine {
  const line: OrderLine = { id: `L${n}`, sku: r.required('sku', 64), qty: r.qty() };
  const price = r.amount('unitPrice');
  if (price !== undefined) line.unitPrice = price;
  const name = r.text('lineName', 300);
  if (name !== undefined) line.name = name;
  return line;
}

function readOrder(r: RowReader, externalId: string, config: CsvOrdersConfig): CanonicalOrder {
  const order: CanonicalOrder = { channel: config.channel ?? 'csv-orders', externalId, lines: [] };
  const currency = r.pattern('currency', CURRENCY, 'a currency code (ISO 4217)', (v) => v.toUpperCase()) ?? config.currency;
  if (currency) order.currency = currency;
  const placedAt = r.placedAt();
  if (placedAt) order.placedAt = placedAt;
  const customer = compact({ id: r.text('customerId', 128), name: r.text('customerName', 200), email: r.pattern('customerEmail', EMAIL, 'an e-mail address') });
  if (customer) order.customer = customer;
  const shipTo = compact({
    name: r.text('shipName', 200),
    company: r.text('shipCompany', 200),
    line1: r.text('shipLine1', 300),
    line2: r.text('shipLine2', 300),
    city: r.text('shipCity', 120),
    region: r.text('shipRegion', 120),
    postcode: r.text('shipPostcode', 32),
    country: r.pattern('shipCountry', COUNTRY, 'a two-letter country code', (v) => v.toUpperCase()),
    phone: r.text('shipPhone', 40),
  });
  if (shipTo) order.shipTo = shipTo;
  const totals = compact({ shipping: r.amount('shipping'), tax: r.amount('tax'), discount: r.amount('discount') });
  if (totals) order.totals = totals;
  const tags = r.text('tags', 1000);
  if (tags) order.tags = [...new Set(tags.split(/[;|]/).map((t) => t.trim()).filter(Boolean))].slice(0, 50).map((t) => t.slice(0, 64));
  return order;
}

function compact<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } | undefined {
  const entries = Object.entries(o).filter(([, v]) => v !== undefined);
  return entries.length ? (Object.fromEntries(entries) as { [K in keyof T]?: Exclude<T[K], undefined> }) : undefined;
}

