import type { Issue, Locale } from '../core/issue.js';
import { pointer } from '../core/issue.js';
import { truthy } from '../rules/index.js';
import type { FieldType } from './field-types/index.js';
import { evaluatePlan, formEnv, type FormEvaluation } from './evaluate.js';
import { makeIssue } from '../core/messages.js';
import { pickText } from './messages.js';
import { planFor } from './plan.js';
import type { FormData, FormDefinition, FormField, FormOptions } from './types.js';

/**
 * Validates a submission the same way in the browser (Formik `validate`) and on the server.
 * Issues carry the JSON Pointer of the value in the data (`/lines/2/qty`) and messages in
 * `options.locale`. Hidden fields and cells are not validated. Cross-field validations run on the
 * clean data (hidden fields removed) and are pinned to their `field`, or to the form (`''`). Computed
 * fields are derived, so they get no per-field checks; constrain them with cross-field validations.
 */
export function validateSubmission(form: FormDefinition, data: FormData, options: FormOptions = {}): Issue[] {
  const plan = planFor(form, options);
  const evaluation = evaluatePlan(plan, data, formEnv(options));
  return validateEvaluation(form, plan.dataEntries, evaluation, options);
}

function validateEvaluation(
  form: FormDefinition,
  entries: ReturnType<typeof planFor>['dataEntries'],
  ev: FormEvaluation,
  options: FormOptions,
): Issue[] {
  const locale: Locale = options.locale ?? 'en';
  const issues: Issue[] = [];
  for (const e of entries) {
    const key = e.field.key;
    if (!ev.visible[key]) continue;
    const value = ev.values[key];
    // Computed values are derived, not entered: constraints on them belong in cross-field validations.
    if (e.field.computed === undefined) issues.push(...checkValue(e.type, e.field, value, pointer(key), ev.required[key] === true, locale));
    if (!e.columns.length || !Array.isArray(value)) continue;
    value.forEach((row, i) => {
      if (typeof row !== 'object' || row === null) return;
      for (const c of e.columns) {
        const cell = `${key}.${i}.${c.field.key}`;
        if (ev.visible[cell] === false || c.field.computed !== undefined) continue;
        const cellValue = (row as Record<string, unknown>)[c.field.key];
        issues.push(...checkValue(c.type, c.field, cellValue, pointer(key, i, c.field.key), ev.required[cell] === true, locale));
      }
    });
  }
  const rules = options.rules ?? planFor(form, options).rules;
  (form.validations ?? []).forEach((v, i) => {
    if (v.field !== undefined && ev.visible[v.field] === false) return;
    if (truthy(rules.compile(v.rule)(ev.values, formEnv(options)))) return;
    const message = pickText(v.message, locale);
    issues.push({
      path: v.field ? pointer(v.field) : '',
      code: 'form.validation-failed',
      message,
      params: { id: v.id ?? String(i), message },
    });
  });
  return issues;
}

function checkValue(type: FieldType, field: FormField, value: unknown, path: string, required: boolean, locale: Locale): Issue[] {
  const label = pickText(field.label, locale) || field.key;
  if (type.isEmpty(value)) return required ? [makeIssue('form.required', path, locale, { label })] : [];
  return type.validate(value, field, { path, locale, label, required });
}
