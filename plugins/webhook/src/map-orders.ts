import jsonLogic from 'json-logic-js';
import type { CanonicalOrderOut } from './canonical.js';
import { compileMapping, type FieldPlan, type MapIssue } from './compile-mapping.js';
import { resolvePointer } from './json-pointer.js';
import { coerce, setDotted } from './map-fields.js';
import type { OrderMapping } from './types.js';

export type MapResult = { ok: true; orders: CanonicalOrderOut[] } | { ok: false; errors: MapIssue[] };

/** One delivery holds at most this many orders (a bigger batch is refused whole). */
export const MAX_ORDERS = 500;
const MAX_ISSUES = 20;

/** Reads the mapped fields of one object; `base` is its pointer in the body (for error paths). */
function readFields(fields: FieldPlan[], doc: unknown, logicData: unknown, base: string, into: Record<string, unknown>, errors: MapIssue[]): void {
  for (const { spec, source } of fields) {
    let raw: unknown;
    let path: string;
    if ('pointer' in source) {
      raw = resolvePointer(doc, source.pointer);
      path = base + source.pointer;
    } else {
      path = base;
      try {
        raw = jsonLogic.apply(source.logic, logicData);
      } catch (e) {
        errors.push({ path, message: `the logic rule of ${source.key} failed: ${(e as Error).message}` });
        continue;
      }
    }
    const label = 'pointer' in source ? spec.key : `${spec.key} (logic rule of ${source.key})`;
    if (raw === undefined || raw === null || raw === '') {
      if (spec.required) errors.push({ path, message: `${label} is missing` });
      continue;
    }
    const r = coerce(spec, raw);
    if ('error' in r) errors.push({ path, message: `${label} ${r.error}` });
    else setDotted(into, spec.key, r.value);
  }
}

/**
 * Maps a posted JSON body to canonical orders by the configured mapping. All or nothing: any bad field in any
 * order refuses the whole delivery, with the JSON Pointer of each bad field (up to 20), so nothing is half-ingested.
 */
export function mapOrders(body: unknown, mapping: OrderMapping | undefined): MapResult {
  const compiled = compileMapping(mapping);
  if (!compiled.ok) return compiled;
  const { plan } = compiled;
  let docs: Array<{ doc: unknown; base: string }> = [{ doc: body, base: '' }];
  if (plan.from !== undefined) {
    const list = resolvePointer(body, plan.from);
    if (!Array.isArray(list) || list.length === 0) return { ok: false, errors: [{ path: plan.from, message: 'must be a non-empty array of orders' }] };
    if (list.length > MAX_ORDERS) return { ok: false, errors: [{ path: plan.from, message: `holds ${list.length} orders; at most ${MAX_ORDERS} per delivery` }] };
    docs = list.map((doc, i) => ({ doc, base: `${plan.from}/${i}` }));
  }
  const errors: MapIssue[] = [];
  const orders: CanonicalOrderOut[] = [];
  for (const { doc, base } of docs) {
    const order: Record<string, unknown> = { channel: 'webhook' };
    readFields(plan.order, doc, doc, base, order, errors);
    const items = resolvePointer(doc, plan.linesFrom);
    if (!Array.isArray(items) || items.length === 0) errors.push({ path: base + plan.linesFrom, message: 'must be a non-empty array of line items' });
    else {
      order.lines = items.map((item, i) => {
        const line: Record<string, unknown> = {};
        const data = item !== null && typeof item === 'object' && !Array.isArray(item) ? { ...item, $order: doc } : item;
        readFields(plan.lines, item, data, `${base}${plan.linesFrom}/${i}`, line, errors);
        return line;
      });
    }
    if (errors.length >= MAX_ISSUES) break;
    orders.push(order as unknown as CanonicalOrderOut);
  }
  if (errors.length) return { ok: false, errors: errors.slice(0, MAX_ISSUES) };
  const seen = new Set<string>();
  for (const [i, o] of orders.entries()) {
    if (seen.has(o.externalId)) return { ok: false, errors: [{ path: docs[i].base, message: `externalId "${o.externalId}" appears twice in this delivery` }] };
    seen.add(o.externalId);
  }
  return { ok: true, orders };
}
