import type { FromSchema } from 'json-schema-to-ts';
import type { InSync, KeyPaths } from '../definitions/schema-types.js';
import type { createFormSchema } from './schema.js';
import type { FormDefinition, FormField } from './types.js';

type FormSchema = ReturnType<typeof createFormSchema>;
type FieldSchema = FormSchema['definitions']['field'];
type FieldRefs = { readonly type: 'array'; readonly items: { readonly $ref: '#/definitions/field' } };
/** `S` with the schemas of properties `K` replaced by `{}` (any value): FromSchema types them `unknown`. */
type Opaque<S extends { properties: object }, K extends PropertyKey> = {
  [P in keyof S]: P extends 'properties' ? { [Q in keyof S[P]]: Q extends K ? {} : S[P][Q] } : S[P];
};

/**
 * Limit: FromSchema cannot follow the recursive `$ref: '#/definitions/field'` (TS2615), so the field is
 * derived with `columns`/`fields` opaque, those two are re-attached as self-references here, and `RefsOk`
 * pins the schema to exactly that shape. `type` is `string`: its enum is the runtime field-type registry.
 */
export interface FormFieldFromSchema extends Omit<FromSchema<Opaque<FieldSchema, 'columns' | 'fields'>>, 'columns' | 'fields'> {
  columns?: FormFieldFromSchema[];
  fields?: FormFieldFromSchema[];
}

/** The form definition type as the schema sees it; `FormDefinition` must accept exactly the same values. */
export type FormDefinitionFromSchema = Omit<FromSchema<Opaque<Omit<FormSchema, 'definitions'>, 'fields'>>, 'fields'> & {
  fields: FormFieldFromSchema[];
};

type RefsOk<A extends FieldRefs> = A;

/** Drift between types.ts and schema.ts fails to compile here. */
export type FormSchemaInSync = [
  RefsOk<FieldSchema['properties']['columns']>,
  RefsOk<FieldSchema['properties']['fields']>,
  RefsOk<FormSchema['properties']['fields']>,
  InSync<FormField, FormFieldFromSchema>,
  InSync<KeyPaths<FormField>, KeyPaths<FormFieldFromSchema>>,
  InSync<FormDefinition, FormDefinitionFromSchema>,
  InSync<KeyPaths<FormDefinition>, KeyPaths<FormDefinitionFromSchema>>,
];
