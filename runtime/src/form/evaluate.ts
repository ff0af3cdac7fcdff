import { slotMeter, truthy } from '../rules/index.js';
import type { Rule, RuleEnv } from '../rules/types.js';
import { planFor, type FieldEntry, type FormPlan } from './plan.js';
import type { FormData, FormDefinition, FormOptions } from './types.js';

/**
 * The state of a filled form. `visible`/`required` are keyed by field key, and by `key.row.column`
 * for line-items cells (Formik's path syntax). `values` is the clean submission: coerced, computed,
 * with hidden fields, hidden cells and unknown keys removed.
 */
export interface FormEvaluation {
  values: FormData;
  visible: Record<string, boolean>;
  required: Record<string, boolean>;
  computed: Record<string, unknown>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Order of work (documented because rules can read each other):
 * 1. coerce every known field (browser strings → typed values);
 * 2. computed cells, then computed fields in dependency order, over the raw input;
 * 3. visibility in definition order — a hidden field (or a field in a hidden section) is removed from
 *    the data before later rules run, so rules never see hidden values; requiredIf sees the same data;
 * 4. computed values are worked out again on the cleaned data, so hidden inputs never count in a total.
 */
export function evaluateForm(form: FormDefinition, data: FormData, options: FormOptions = {}): FormEvaluation {
  return evaluatePlan(planFor(form, options), data, formEnv(options));
}

/**
 * The env of one form operation: the clock's time and zone, and one work meter for all its rules (visibleIf
 * and computed cells run once per line-items row, so the row count cannot multiply the rule budget).
 */
export function formEnv(options: FormOptions): RuleEnv {
  return { now: options.now, timeZone: options.timeZone, meter: slotMeter() };
}

export function evaluatePlan(plan: FormPlan, data: FormData, env: RuleEnv): FormEvaluation {
  const run = (rule: Rule, ctx: unknown) => plan.rules.compile(rule)(ctx, env);
  const values: FormData = {};
  for (const e of plan.dataEntries) {
    const raw = isObject(data) ? data[e.field.key] : undefined;
    values[e.field.key] = coerceEntry(e, raw);
  }
  const computed: Record<string, unknown> = {};
  applyComputed(plan, values, run, computed);

  const visible: Record<string, boolean> = {};
  const required: Record<string, boolean> = {};
  for (const e of plan.entries) {
    const key = e.field.key;
    const shown = e.sections.every((s) => visible[s]) && (e.field.visibleIf === undefined || truthy(run(e.field.visibleIf, values)));
    visible[key] = shown;
    if (e.type.valueKind === 'none') continue;
    if (!shown) {
      delete values[key];
      continue;
    }
    required[key] = e.field.required === true || (e.field.requiredIf !== undefined && truthy(run(e.field.requiredIf, values)));
  }
  for (const e of plan.dataEntries) {
    if (e.columns.length && visible[e.field.key]) evaluateCells(e, values, run, visible, required);
  }
  for (const k of Object.keys(computed)) delete computed[k];
  applyComputed(plan, values, run, computed, visible);
  for (const k of Object.keys(values)) if (values[k] === undefined) delete values[k];
  return { values, visible, required, computed };
}

function coerceEntry(e: FieldEntry, raw: unknown): unknown {
  const v = e.type.coerce(raw, e.field);
  if (!e.columns.length || !Array.isArray(v)) return v;
  return v.map((row) => {
    if (!isObject(row)) return row;
    const out: Record<string, unknown> = {};
    for (const c of e.columns) if (row[c.field.key] !== undefined) out[c.field.key] = c.type.coerce(row[c.field.key], c.field);
    return out;
  });
}

type Run = (rule: Rule, ctx: unknown) => unknown;

/**
 * A line-items cell's rules see the form data plus `row` (this row) and `rowIndex`. One context object
 * per table is re-pointed at each row (rules run synchronously), instead of a copy per row.
 */
function rowContexts(values: FormData) {
  const ctx: Record<string, unknown> = { ...values };
  return (row: Record<string, unknown>, rowIndex: number) => {
    ctx.row = row;
    ctx.rowIndex = rowIndex;
    return ctx;
  };
}

function applyComputed(plan: FormPlan, values: FormData, run: Run, out: Record<string, unknown>, visible?: Record<string, boolean>) {
  for (const e of plan.dataEntries) {
    const rows = values[e.field.key];
    if (!e.columns.some((c) => c.field.computed !== undefined) || !Array.isArray(rows)) continue;
    const rowContext = rowContexts(values);
    rows.forEach((row, i) => {
      if (!isObject(row)) return;
      for (const c of e.columns) {
        if (c.field.computed === undefined) continue;
        const cell = `${e.field.key}.${i}.${c.field.key}`;
        if (visible && visible[cell] === false) continue;
        row[c.field.key] = out[cell] = normalise(c.type.key, c.field.scale, run(c.field.computed, rowContext(row, i)));
      }
    });
  }
  for (const e of plan.computedOrder) {
    if (visible && !visible[e.field.key]) continue;
    values[e.field.key] = out[e.field.key] = normalise(e.type.key, e.field.scale, e.type.coerce(run(e.field.computed, values), e.field));
  }
}

/** Computed money is rounded to its scale so float noise (0.1 + 0.2) never reaches the order. */
function normalise(typeKey: string, scale: number | undefined, v: unknown): unknown {
  // NaN/Infinity (a rule over a half-filled row) is "no value yet", not a number to store.
  if (typeof v === 'number' && !Number.isFinite(v)) return undefined;
  if (typeKey !== 'money' || typeof v !== 'number' || !Number.isFinite(v)) return v;
  const f = 10 ** (scale ?? 2);
  return Math.round(v * f) / f;
}

function evaluateCells(e: FieldEntry, values: FormData, run: Run, visible: Record<string, boolean>, required: Record<string, boolean>) {
  const rows = values[e.field.key];
  if (!Array.isArray(rows)) return;
  const rowContext = rowContexts(values);
  rows.forEach((row, i) => {
    if (!isObject(row)) return;
    const ctx = rowContext(row, i);
    for (const c of e.columns) {
      const cell = `${e.field.key}.${i}.${c.field.key}`;
      const shown = c.field.visibleIf === undefined || truthy(run(c.field.visibleIf, ctx));
      visible[cell] = shown;
      if (!shown) {
        delete row[c.field.key];
        continue;
      }
      required[cell] = c.field.required === true || (c.field.requiredIf !== undefined && truthy(run(c.field.requiredIf, ctx)));
    }
  });
}
