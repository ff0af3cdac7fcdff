import { pointer } from '../core/issue.js';
import { defaultRuleEngine } from '../rules/default-engine.js';
import type { Rule, RuleEngine } from '../rules/types.js';
import { defaultFieldTypes, type FieldType, type FieldTypeRegistry } from './field-types/index.js';
import { formVarsOf } from './rule-vars.js';
import type { FormDefinition, FormField, FormOptions } from './types.js';

/** One field of a form, flattened out of its sections. */
export interface FieldEntry {
  field: FormField;
  type: FieldType;
  /** JSON Pointer of the field inside the definition, e.g. `/fields/2/fields/0`. */
  defPath: string;
  /** Keys of the sections enclosing it, outermost first. */
  sections: string[];
  columns: Array<{ field: FormField; type: FieldType }>;
}

/** A form prepared once per definition object: flattened fields and the computed-field order. */
export interface FormPlan {
  form: FormDefinition;
  entries: FieldEntry[];
  byKey: Map<string, FieldEntry>;
  /** Entries that hold a value (everything but sections). */
  dataEntries: FieldEntry[];
  /** Computed data fields, dependencies first. */
  computedOrder: FieldEntry[];
  rules: RuleEngine;
}


export function flattenFields(form: FormDefinition, types: FieldTypeRegistry): FieldEntry[] {
  const out: FieldEntry[] = [];
  const walk = (fields: FormField[], base: Array<string | number>, sections: string[]) => {
    fields.forEach((field, i) => {
      const type = types.get(field.type);
      if (!type) throw new Error(`unknown field type "${field.type}" (field ${field.key})`);
      const columns = (field.columns ?? []).map((c) => {
        const ct = types.get(c.type);
        if (!ct) throw new Error(`unknown field type "${c.type}" (column ${field.key}.${c.key})`);
        return { field: c, type: ct };
      });
      out.push({ field, type, defPath: pointer(...base, i), sections, columns });
      if (type.container === 'group' && field.fields) walk(field.fields, [...base, i, 'fields'], [...sections, field.key]);
    });
  };
  walk(form.fields ?? [], ['fields'], []);
  return out;
}

/** First segment of a `var` path: the field it reads (`lines.0.qty` → `lines`). */
export const rootOf = (path: string): string => path.split('.')[0];

/**
 * Orders computed fields so each comes after the computed fields it reads. Returns the cycle (as keys)
 * when there is one, so the definition check can report it.
 */
export function orderComputed(entries: FieldEntry[], varsOf: (rule: Rule) => string[]): { order: FieldEntry[]; cycle?: string[] } {
  const computed = new Map(entries.filter((e) => e.field.computed !== undefined).map((e) => [e.field.key, e]));
  const deps = new Map([...computed].map(([k, e]) => [k, varsOf(e.field.computed).map(rootOf).filter((d) => computed.has(d))]));
  const order: FieldEntry[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  let cycle: string[] | undefined;
  const visit = (key: string, stack: string[]) => {
    if (cycle || state.get(key) === 'done') return;
    if (state.get(key) === 'visiting') {
      cycle = [...stack.slice(stack.indexOf(key)), key];
      return;
    }
    state.set(key, 'visiting');
    for (const d of deps.get(key) ?? []) visit(d, [...stack, key]);
    state.set(key, 'done');
    order.push(computed.get(key)!);
  };
  for (const key of computed.keys()) visit(key, []);
  return { order, cycle };
}

const plans = new WeakMap<FieldTypeRegistry, WeakMap<RuleEngine, WeakMap<FormDefinition, FormPlan>>>();

export function planFor(form: FormDefinition, options: FormOptions = {}): FormPlan {
  const types = options.fieldTypes ?? defaultFieldTypes;
  const rules = options.rules ?? defaultRuleEngine();
  let byEngine = plans.get(types);
  if (!byEngine) plans.set(types, (byEngine = new WeakMap()));
  let byForm = byEngine.get(rules);
  if (!byForm) byEngine.set(rules, (byForm = new WeakMap()));
  let plan = byForm.get(form);
  if (!plan) {
    plan = buildPlan(form, types, rules);
    byForm.set(form, plan);
  }
  return plan;
}

function buildPlan(form: FormDefinition, types: FieldTypeRegistry, rules: RuleEngine): FormPlan {
  const entries = flattenFields(form, types);
  const { order, cycle } = orderComputed(entries, formVarsOf);
  if (cycle) throw new Error(`computed fields form a cycle: ${cycle.join(' → ')}`);
  return {
    form,
    entries,
    byKey: new Map(entries.map((e) => [e.field.key, e])),
    dataEntries: entries.filter((e) => e.type.valueKind !== 'none'),
    computedOrder: order,
    rules,
  };
}
