import type { Locale } from '../core/issue.js';
import type { Rule, RuleEngine } from '../rules/types.js';
import type { FieldTypeRegistry } from './field-types/registry.js';

/** An i18n text as stored in definitions: `{ "en": "Qty", "zh-CN": "数量" }`. */
export type I18nText = Partial<Record<Locale, string>>;

export interface FieldOption {
  value: string | number | boolean;
  label: I18nText;
}

/**
 * One field of an order form. `min`/`max` mean what the type makes of them: value bounds for
 * number/money/date, length for text/sku, item count for multiselect, row count for line-items.
 */
export interface FormField {
  key: string;
  /** A key of the field-type registry: 'text', 'number', 'line-items', 'section', ... */
  type: string;
  label: I18nText;
  help?: I18nText;
  placeholder?: I18nText;
  default?: unknown;
  required?: boolean;
  requiredIf?: Rule;
  visibleIf?: Rule;
  /** A computed field's value always comes from this rule; user input is ignored. */
  computed?: Rule;
  readOnly?: boolean;
  min?: number | string;
  max?: number | string;
  pattern?: string;
  options?: FieldOption[];
  /** line-items: the typed columns of one row. */
  columns?: FormField[];
  /** section: the grouped child fields (their values live at the top level of the data). */
  fields?: FormField[];
  /** money: decimals allowed (default 2). */
  scale?: number;
}

export interface CrossFieldValidation {
  id?: string;
  /** JSON Logic; the submission is valid when it is truthy. */
  rule: Rule;
  message: I18nText;
  /** The field key the message is pinned to; the form itself when absent. */
  field?: string;
}

export interface LayoutColumn {
  field: string;
  /** Width on a 24-column grid. */
  span?: number;
}

export interface LayoutSection {
  id: string;
  title?: I18nText;
  rows: Array<{ columns: LayoutColumn[] }>;
}

export interface FormLayout {
  sections: LayoutSection[];
}

/** Where a field lands on the canonical order: a dotted target, or `lines` with column remaps. */
export type MappingTarget = string | { to: string; columns?: Record<string, string> };

export interface FormDefinition {
  kind: 'form';
  key: string;
  version?: number;
  title: I18nText;
  description?: I18nText;
  /** ISO 4217 currency of money fields and of the resulting order. */
  currency?: string;
  fields: FormField[];
  validations?: CrossFieldValidation[];
  layout?: FormLayout;
  /** fieldKey → target; unmapped data fields land in `attributes.<key>`. */
  mapping?: Record<string, MappingTarget>;
  /** Key of the flow an accepted submission starts. */
  flow?: string;
}

export interface FormOptions {
  locale?: Locale;
  /** Epoch ms from the injected clock, for date rules. */
  now?: number;
  /** IANA zone of the injected clock (`clock.timeZone`); absent: the rule engine's zone. */
  timeZone?: string;
  rules?: RuleEngine;
  fieldTypes?: FieldTypeRegistry;
}

export type FormData = Record<string, unknown>;
