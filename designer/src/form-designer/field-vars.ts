import { defaultFieldTypes, pickText, type FormField, type Locale } from '@oms/runtime';
import type { VarKind, VariableOption } from '../rule-builder/model';
import { allFields } from './model';

const KIND: Record<string, VarKind> = { number: 'number', boolean: 'boolean', date: 'date', string: 'string', 'string[]': 'list', rows: 'list' };

export function varKindOf(field: FormField): VarKind {
  const t = defaultFieldTypes.get(field.type);
  return (t && KIND[t.valueKind]) ?? 'unknown';
}

/** The rule builder's variable picker over the form's own fields (sections are not values). */
export function formVariables(fields: readonly FormField[], locale: Locale): VariableOption[] {
  return allFields(fields)
    .filter((f) => f.type !== 'section')
    .map((f) => ({ path: f.key, label: `${pickText(f.label, locale) || f.key} (${f.key})`, kind: varKindOf(f), source: 'form' as const }));
}

/** Inside a line-items column's rule: the row's cells as `row.<column>`, then the form's fields. */
export function rowVariables(table: FormField, fields: readonly FormField[], locale: Locale): VariableOption[] {
  const cells = (table.columns ?? []).map((c) => ({
    path: `row.${c.key}`,
    label: `${pickText(c.label, locale) || c.key} (row.${c.key})`,
    kind: varKindOf(c),
    source: 'item' as const,
  }));
  return [...cells, ...formVariables(fields, locale)];
}
