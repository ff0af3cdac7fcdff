import type { Issue, Locale } from '../core/issue.js';
import type { MessageCatalogue } from '../core/message-catalogue.js';
import type { RuleEngine } from '../rules/types.js';

/** What a definition points at outside itself, so a release can cross-check it before publish. */
export interface Reference {
  /** e.g. 'form-field', 'form', 'flow', 'routing', 'review', 'plugin-capability', 'role', 'location-tag', 'user', 'field' */
  type: string;
  /** The referenced key, e.g. a field path `customer.email`, a capability `erp.create-order`, a role `finance`. */
  key: string;
  /** JSON Pointer of the place in this definition that makes the reference. */
  path: string;
}

export interface CheckContext {
  locale: Locale;
  rules: RuleEngine;
}

/**
 * One definition kind (form, flow, routing, review, plugin-manifest). Shape is checked by the JSON
 * Schema (compiled once); meaning by `check`, small pure functions that return issues.
 */
export interface DefinitionKindSpec<T = any> {
  kind: string;
  /** JSON Schema (draft-07 subset that Ajv 8 accepts in strict mode). */
  schema: Record<string, unknown>;
  /** Semantic checks beyond shape; only called when the schema check passed. */
  check?(def: T, ctx: CheckContext): Issue[];
  /** Outward references for release cross-checks and editor autocomplete. */
  references?(def: T): Reference[];
  /** Messages for codes only this kind raises; merged into the registry's catalogue (a clash is an error). */
  messages?: MessageCatalogue;
}
