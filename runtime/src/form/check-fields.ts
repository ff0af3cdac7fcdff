import type { Issue, Locale } from '../core/issue.js';
import { pointer } from '../core/issue.js';
import type { FieldTypeRegistry } from './field-types/index.js';
import { makeIssue } from '../core/messages.js';
import { pickText } from './messages.js';
import type { FormDefinition, FormField } from './types.js';

/** Field-level checks: unique keys, properties that fit the type, options, columns, bounds, defaults. */
export function checkFields(form: FormDefinition, types: FieldTypeRegistry, locale: Locale): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const walk = (fields: FormField[], base: Array<string | number>) => {
    fields.forEach((f, i) => {
      const path = [...base, i];
      if (seen.has(f.key)) issues.push(makeIssue('form.duplicate-field-key', pointer(...path, 'key'), locale, { key: f.key }));
      seen.add(f.key);
      issues.push(...checkOne(f, path, types, locale, false));
      if (f.fields) walk(f.fields, [...path, 'fields']);
    });
  };
  walk(form.fields, ['fields']);
  return issues;
}

function checkOne(f: FormField, path: Array<string | number>, types: FieldTypeRegistry, locale: Locale, asColumn: boolean): Issue[] {
  const type = types.get(f.type);
  if (!type) return []; // the schema's enum already reported it
  const issues: Issue[] = [];
  const at = (...rest: Array<string | number>) => pointer(...path, ...rest);
  const unexpected = (property: string) => issues.push(makeIssue('form.unexpected-property', at(property), locale, { property, type: f.type }));
  if (asColumn && !type.column) issues.push(makeIssue('form.invalid-column-type', at('type'), locale, { type: f.type }));

  if (type.container === 'group') {
    if (!f.fields?.length) issues.push(makeIssue('form.missing-children', at(), locale));
  } else if (f.fields !== undefined) unexpected('fields');

  if (type.container === 'rows') {
    if (!f.columns?.length) issues.push(makeIssue('form.missing-columns', at(), locale));
    const keys = new Set<string>();
    (f.columns ?? []).forEach((c, j) => {
      if (keys.has(c.key)) issues.push(makeIssue('form.duplicate-column-key', pointer(...path, 'columns', j, 'key'), locale, { key: c.key }));
      keys.add(c.key);
      issues.push(...checkOne(c, [...path, 'columns', j], types, locale, true));
    });
  } else if (f.columns !== undefined) unexpected('columns');

  if (type.accepts?.options) {
    if (!f.options?.length) issues.push(makeIssue('form.missing-options', at(), locale, { type: f.type }));
    const values = new Set<unknown>();
    (f.options ?? []).forEach((o, j) => {
      if (values.has(o.value)) issues.push(makeIssue('form.duplicate-option', at('options', j, 'value'), locale, { value: String(o.value) }));
      values.add(o.value);
    });
  } else if (f.options !== undefined) unexpected('options');

  if (f.pattern !== undefined) {
    if (!type.accepts?.pattern) unexpected('pattern');
    else {
      try {
        new RegExp(f.pattern, 'u');
      } catch (e) {
        issues.push(makeIssue('form.invalid-pattern', at('pattern'), locale, { detail: (e as Error).message }));
      }
    }
  }
  if (!type.accepts?.minMax) {
    if (f.min !== undefined) unexpected('min');
    if (f.max !== undefined) unexpected('max');
  } else if (f.min !== undefined && f.max !== undefined && typeof f.min === typeof f.max && f.min > f.max) {
    issues.push(makeIssue('form.min-greater-than-max', at('min'), locale, { min: f.min, max: f.max }));
  }
  if (f.scale !== undefined && f.type !== 'money') unexpected('scale');

  if (f.default !== undefined && type.valueKind !== 'none') {
    const value = type.coerce(f.default, f);
    const label = pickText(f.label, locale) || f.key;
    const problems = type.isEmpty(value) ? [] : type.validate(value, f, { path: at('default'), locale, label, required: false });
    if (problems.length) issues.push(makeIssue('form.invalid-default', at('default'), locale, { detail: problems[0].message }));
  }
  return issues;
}
