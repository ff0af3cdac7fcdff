import type { Issue, Locale } from '../core/issue.js';
import { pointer } from '../core/issue.js';
import type { FieldTypeRegistry } from './field-types/index.js';
import { acceptedKinds, LINE_TARGETS } from './mapping-targets.js';
import { makeIssue } from '../core/messages.js';
import './messages.js';
import type { FormDefinition, FormField } from './types.js';

function allFields(form: FormDefinition): Map<string, FormField> {
  const out = new Map<string, FormField>();
  const walk = (fields: FormField[]) =>
    fields.forEach((f) => {
      out.set(f.key, f);
      if (f.fields) walk(f.fields);
    });
  walk(form.fields);
  return out;
}

/** Mapping targets exist on the canonical order and fit the field's value; no target is used twice. */
export function checkMapping(form: FormDefinition, types: FieldTypeRegistry, locale: Locale): Issue[] {
  const issues: Issue[] = [];
  const fields = allFields(form);
  const used = new Map<string, string>();
  for (const [key, mapping] of Object.entries(form.mapping ?? {})) {
    const at = (...rest: Array<string | number>) => pointer('mapping', key, ...rest);
    const field = fields.get(key);
    const type = field && types.get(field.type);
    if (!field || !type || type.valueKind === 'none') {
      issues.push(makeIssue('form.unknown-field', at(), locale, { key }));
      continue;
    }
    const target = typeof mapping === 'string' ? mapping : mapping.to;
    const targetPath = typeof mapping === 'string' ? at() : at('to');
    const kinds = acceptedKinds(target);
    if (!kinds) {
      issues.push(makeIssue('form.mapping-invalid-target', targetPath, locale, { target }));
      continue;
    }
    if (!kinds.includes(type.valueKind)) issues.push(makeIssue('form.mapping-type-mismatch', targetPath, locale, { type: field.type, target }));
    if (used.has(target)) issues.push(makeIssue('form.mapping-duplicate-target', targetPath, locale, { target }));
    used.set(target, key);
    if (typeof mapping !== 'string') issues.push(...checkColumnRemap(field, mapping.columns ?? {}, target, types, locale, at));
  }
  return issues;
}

function checkColumnRemap(
  field: FormField,
  remap: Record<string, string>,
  target: string,
  types: FieldTypeRegistry,
  locale: Locale,
  at: (...rest: Array<string | number>) => string,
): Issue[] {
  const issues: Issue[] = [];
  if (target !== 'lines' && Object.keys(remap).length) {
    issues.push(makeIssue('form.mapping-invalid-target', at('columns'), locale, { target: `${target} (columns)` }));
    return issues;
  }
  for (const [col, to] of Object.entries(remap)) {
    const column = field.columns?.find((c) => c.key === col);
    if (!column) {
      issues.push(makeIssue('form.unknown-field', at('columns', col), locale, { key: `${field.key}.${col}` }));
      continue;
    }
    const kinds = acceptedKinds(to, LINE_TARGETS);
    const kind = types.get(column.type)?.valueKind;
    if (!kinds) issues.push(makeIssue('form.mapping-invalid-target', at('columns', col), locale, { target: to }));
    else if (kind && !kinds.includes(kind)) issues.push(makeIssue('form.mapping-type-mismatch', at('columns', col), locale, { type: column.type, target: to }));
  }
  return issues;
}

/** Cross-field validations and the layout name existing fields; the layout places each field once. */
export function checkFieldRefs(form: FormDefinition, locale: Locale): Issue[] {
  const issues: Issue[] = [];
  const fields = allFields(form);
  (form.validations ?? []).forEach((v, i) => {
    if (v.field !== undefined && !fields.has(v.field)) issues.push(makeIssue('form.unknown-field', pointer('validations', i, 'field'), locale, { key: v.field }));
  });
  const placed = new Set<string>();
  (form.layout?.sections ?? []).forEach((s, si) =>
    s.rows.forEach((r, ri) =>
      r.columns.forEach((c, ci) => {
        const path = pointer('layout', 'sections', si, 'rows', ri, 'columns', ci, 'field');
        if (!fields.has(c.field)) issues.push(makeIssue('form.unknown-field', path, locale, { key: c.field }));
        else if (placed.has(c.field)) issues.push(makeIssue('form.layout-duplicate-field', path, locale, { key: c.field }));
        placed.add(c.field);
      }),
    ),
  );
  return issues;
}
