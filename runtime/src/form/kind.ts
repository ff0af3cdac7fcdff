import type { Issue } from '../core/issue.js';
import type { DefinitionKindSpec, Reference } from '../definitions/kind-spec.js';
import { checkFields } from './check-fields.js';
import { checkFieldRefs, checkMapping } from './check-mapping.js';
import { checkRules } from './check-rules.js';
import { defaultFieldTypes, type FieldTypeRegistry } from './field-types/index.js';
import { formVarsOf } from './rule-vars.js';
import { createFormSchema } from './schema.js';
import type { FormDefinition, FormField } from './types.js';

/**
 * The `form` definition kind for a field-type registry (custom field types extend the schema's enum).
 * Field checks run first; rule checks only when every field type is known.
 */
export function createFormKind(types: FieldTypeRegistry = defaultFieldTypes): DefinitionKindSpec<FormDefinition> {
  return {
    kind: 'form',
    schema: createFormSchema(types.keys()) as unknown as Record<string, unknown>,
    check(form, ctx): Issue[] {
      const issues = [...checkFields(form, types, ctx.locale), ...checkFieldRefs(form, ctx.locale), ...checkMapping(form, types, ctx.locale)];
      return [...issues, ...checkRules(form, types, ctx.rules, ctx.locale)];
    },
    references: formReferences,
  };
}

export const formKind: DefinitionKindSpec<FormDefinition> = createFormKind();

const RULE_PROPS = ['visibleIf', 'requiredIf', 'computed'] as const;

/**
 * What a form points at or offers: the flow it starts (`flow`); the fields it declares (`field`,
 * line-items columns as `lines.qty`) so a release can tell when a flow reads a field the form removed;
 * and the data paths its rules read (`form-field`, e.g. `row.qty` in a cell rule).
 */
export function formReferences(form: FormDefinition): Reference[] {
  const refs: Reference[] = [];
  if (form.flow) refs.push({ type: 'flow', key: form.flow, path: '/flow' });
  const ruleRefs = (owner: FormField, path: string) => {
    for (const prop of RULE_PROPS) {
      if (owner[prop] === undefined) continue;
      for (const v of formVarsOf(owner[prop])) if (v !== '') refs.push({ type: 'form-field', key: v, path: `${path}/${prop}` });
    }
  };
  const walk = (fields: FormField[], base: string) =>
    fields.forEach((f, i) => {
      const path = `${base}/${i}`;
      if (f.type !== 'section') refs.push({ type: 'field', key: f.key, path });
      ruleRefs(f, path);
      (f.columns ?? []).forEach((c, j) => {
        refs.push({ type: 'field', key: `${f.key}.${c.key}`, path: `${path}/columns/${j}` });
        ruleRefs(c, `${path}/columns/${j}`);
      });
      if (f.fields) walk(f.fields, `${path}/fields`);
    });
  walk(form.fields ?? [], '/fields');
  (form.validations ?? []).forEach((v, i) => {
    for (const key of formVarsOf(v.rule)) if (key !== '') refs.push({ type: 'form-field', key, path: `/validations/${i}/rule` });
  });
  return refs;
}
