import type { Issue, Locale } from '../../core/issue.js';
import { registerOnce, type RegisterOptions } from '../../core/registry-error.js';
import type { FormField, I18nText } from '../types.js';

/** What kind of value a field holds; mapping onto the canonical order checks it. */
export type ValueKind = 'string' | 'number' | 'boolean' | 'date' | 'string[]' | 'address' | 'customer' | 'rows' | 'none';

export interface FieldCheckContext {
  /** JSON Pointer of the submitted value, e.g. `/lines/2/qty`. */
  path: string;
  locale: Locale;
  /** The field's label in the user's locale. */
  label: string;
  /** Whether the field is required right now (composite types use it for their parts). */
  required: boolean;
}

/**
 * A field type, registered under a stable kebab-case key shared by the runtime and the designer.
 * It owns everything about its values: JSON Schema, coercion of browser input, emptiness, validation.
 */
export interface FieldType {
  key: string;
  /** Name in the designer's field palette. */
  title?: I18nText;
  valueKind: ValueKind;
  /** 'group': children in `fields` (section); 'rows': a table with `columns` (line-items). */
  container?: 'group' | 'rows';
  /** Only simple types may be a line-items column. */
  column?: boolean;
  /** Which optional definition properties make sense (others are reported by the form checks). */
  accepts?: { options?: boolean; pattern?: boolean; minMax?: boolean };
  /** JSON Schema of a submitted value (OpenAPI, Monaco, previews). */
  valueSchema(field: FormField): Record<string, unknown>;
  /** The value of an untouched field when it has no `default`. */
  emptyValue(field: FormField): unknown;
  /** Turn browser input (often strings) into the typed value; return it unchanged when impossible. */
  coerce(raw: unknown, field: FormField): unknown;
  isEmpty(value: unknown): boolean;
  /** Validate a non-empty value (required-ness is checked by the caller). */
  validate(value: unknown, field: FormField, ctx: FieldCheckContext): Issue[];
}

export interface FieldTypeRegistry {
  /** A key already registered throws `registry.duplicate-key` unless `{ replace: true }`. */
  register(type: FieldType, options?: RegisterOptions): void;
  get(key: string): FieldType | undefined;
  keys(): string[];
}

export function createFieldTypeRegistry(types: FieldType[] = []): FieldTypeRegistry {
  const byKey = new Map<string, FieldType>();
  const registry: FieldTypeRegistry = {
    register(type, options) {
      registerOnce(byKey, 'field types', type.key, type, options);
    },
    get: (key) => byKey.get(key),
    keys: () => [...byKey.keys()],
  };
  for (const t of types) registry.register(t);
  return registry;
}
