import type { Issue, Locale } from '../core/issue.js';
import { pointer } from '../core/issue.js';
import type { Rule, RuleEngine } from '../rules/types.js';
import type { FieldTypeRegistry } from './field-types/index.js';
import { makeIssue } from '../core/messages.js';
import './messages.js';
import { flattenFields, orderComputed, rootOf } from './plan.js';
import { formVarsOf } from './rule-vars.js';
import type { FormDefinition, FormField } from './types.js';

const RULE_PROPS = ['visibleIf', 'requiredIf', 'computed'] as const;

/** Every rule compiles, reads only fields of this form (cells also `row.<column>`, `rowIndex`), no computed cycles. */
export function checkRules(form: FormDefinition, types: FieldTypeRegistry, rules: RuleEngine, locale: Locale): Issue[] {
  const issues: Issue[] = [];
  const entries = flattenSafe(form, types);
  const fieldKeys = new Set(entries.map((e) => e.key));
  let allCompile = true;

  const checkRule = (rule: Rule, path: string, columns?: FormField[]) => {
    const problems = rules.check(rule, path, locale);
    if (problems.length) {
      allCompile = false;
      issues.push(...problems);
      return;
    }
    for (const v of formVarsOf(rule)) {
      if (v === '' || fieldKeys.has(rootOf(v))) continue;
      if (columns && v === 'rowIndex') continue;
      if (columns && rootOf(v) === 'row') {
        const col = v.split('.')[1];
        if (col === undefined || columns.some((c) => c.key === col)) continue;
      }
      issues.push(makeIssue('form.unknown-var', path, locale, { var: v }));
    }
  };

  for (const e of entries) {
    for (const prop of RULE_PROPS) if (e.field[prop] !== undefined) checkRule(e.field[prop], `${e.path}/${prop}`);
    (e.field.columns ?? []).forEach((c, j) => {
      for (const prop of RULE_PROPS) if (c[prop] !== undefined) checkRule(c[prop], `${e.path}/columns/${j}/${prop}`, e.field.columns);
    });
  }
  (form.validations ?? []).forEach((v, i) => checkRule(v.rule, pointer('validations', i, 'rule')));

  if (allCompile) {
    try {
      const { cycle } = orderComputed(flattenFields(form, types), formVarsOf);
      if (cycle) {
        const first = entries.find((e) => e.key === cycle[0]);
        issues.push(makeIssue('form.computed-cycle', `${first?.path ?? ''}/computed`, locale, { cycle: cycle.join(' → ') }));
      }
    } catch {
      // unknown field types are reported by the schema
    }
  }
  return issues;
}

function flattenSafe(form: FormDefinition, types: FieldTypeRegistry): Array<{ key: string; path: string; field: FormField }> {
  const out: Array<{ key: string; path: string; field: FormField }> = [];
  const walk = (fields: FormField[], base: string) =>
    fields.forEach((f, i) => {
      out.push({ key: f.key, path: `${base}/${i}`, field: f });
      if (f.fields && types.get(f.type)?.container === 'group') walk(f.fields, `${base}/${i}/fields`);
    });
  walk(form.fields, '/fields');
  return out;
}
