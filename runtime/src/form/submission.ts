import type { CanonicalOrder, OrderLine } from '../order/canonical-order.js';
import { evaluatePlan, formEnv } from './evaluate.js';
import { planFor } from './plan.js';
import type { FormData, FormDefinition, FormOptions, MappingTarget } from './types.js';

/** Values a new, empty form starts with: each field's `default` (or its type's empty value), then computed. */
export function initialValues(form: FormDefinition, options: FormOptions = {}): FormData {
  const plan = planFor(form, options);
  const values: FormData = {};
  for (const e of plan.dataEntries) {
    values[e.field.key] = structuredCloneJson(e.field.default !== undefined ? e.field.default : e.type.emptyValue(e.field));
  }
  // Computed fields show their starting value (e.g. a total of 0); other fields keep their defaults.
  const ev = evaluatePlan(plan, values, formEnv(options));
  for (const [k, v] of Object.entries(ev.computed)) if (!k.includes('.')) values[k] = v;
  return values;
}

/** The submission as it should be stored: typed, computed, hidden fields and unknown keys dropped. */
export function cleanSubmission(form: FormDefinition, data: FormData, options: FormOptions = {}): FormData {
  return evaluatePlan(planFor(form, options), data, formEnv(options)).values;
}

/**
 * Maps a (validated) submission onto the canonical order. Each data field goes to its `mapping`
 * target, or to `attributes.<key>` when unmapped. A line-items field mapped to `lines` becomes order
 * lines: columns named like line properties (sku, qty, unitPrice, name, tags) or remapped with
 * `{to: 'lines', columns}` fill them; other columns go to the line's `attributes`.
 */
export function toOrder(form: FormDefinition, data: FormData, options: FormOptions = {}): CanonicalOrder {
  const plan = planFor(form, options);
  const values = evaluatePlan(plan, data, formEnv(options)).values;
  const order: CanonicalOrder = { lines: [] };
  if (form.currency) order.currency = form.currency;
  for (const e of plan.dataEntries) {
    const key = e.field.key;
    if (!(key in values) || isBlank(values[key], e.type.valueKind)) continue;
    const mapping: MappingTarget = form.mapping?.[key] ?? `attributes.${key}`;
    const target = typeof mapping === 'string' ? mapping : mapping.to;
    if (target === 'lines') {
      const remap = typeof mapping === 'string' ? {} : (mapping.columns ?? {});
      order.lines = toLines(values[key], remap);
    } else {
      setPath(order as unknown as Record<string, unknown>, target.split('.'), structuredCloneJson(values[key]));
    }
  }
  return order;
}

/** Empty text, empty objects and lists add nothing to an order; `false` and `0` do. */
function isBlank(v: unknown, kind: string): boolean {
  if (v === undefined || v === null || v === '') return true;
  if (kind === 'rows') return false;
  if (Array.isArray(v)) return v.length === 0;
  return typeof v === 'object' && Object.keys(v as object).length === 0;
}

/** A new line-items row: each column's `default` (e.g. qty 1), for the "add row" button. */
export function initialRow(form: FormDefinition, fieldKey: string, options: FormOptions = {}): Record<string, unknown> {
  const entry = planFor(form, options).byKey.get(fieldKey);
  if (!entry) throw new Error(`form ${form.key} has no field ${fieldKey}`);
  const row: Record<string, unknown> = {};
  for (const c of entry.columns) if (c.field.default !== undefined) row[c.field.key] = structuredCloneJson(c.field.default);
  return row;
}

const LINE_KEYS = new Set(['sku', 'qty', 'unitPrice', 'name', 'tags']);

function toLines(rows: unknown, remap: Record<string, string>): OrderLine[] {
  if (!Array.isArray(rows)) return [];
  return rows.map((row: Record<string, unknown>, i) => {
    const line: Record<string, unknown> = { id: `line-${i + 1}` };
    for (const [col, value] of Object.entries(row)) {
      const target = remap[col] ?? (LINE_KEYS.has(col) ? col : `attributes.${col}`);
      setPath(line, target.split('.'), structuredCloneJson(value));
    }
    if (line.sku === undefined) line.sku = '';
    if (line.qty === undefined) line.qty = 0;
    return line as unknown as OrderLine;
  });
}

const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

function setPath(obj: Record<string, unknown>, path: string[], value: unknown): void {
  if (path.some((p) => UNSAFE.has(p))) return;
  let node = obj;
  for (const seg of path.slice(0, -1)) {
    if (typeof node[seg] !== 'object' || node[seg] === null) node[seg] = {};
    node = node[seg] as Record<string, unknown>;
  }
  node[path[path.length - 1]] = value;
}

/** Values here are JSON (from definitions or submissions); copying keeps callers' objects untouched. */
function structuredCloneJson<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}
