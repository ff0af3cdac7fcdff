import { Ajv, type ValidateFunction } from 'ajv';
import type { Issue, Locale } from '../core/issue.js';
import { makeIssue, registerMessages } from '../core/messages.js';
import type { RuleEngine } from '../rules/types.js';
import { ajvToIssues } from './ajv-issues.js';
import type { DefinitionKindSpec, Reference } from './kind-spec.js';

registerMessages({
  'definition.not-object': { en: 'A definition must be a JSON object', 'zh-CN': '定义必须是 JSON 对象' },
  'definition.unknown-kind': { en: 'Unknown definition kind: {kind}', 'zh-CN': '未知的定义类型：{kind}' },
});

export interface ValidateOptions {
  locale?: Locale;
}

export interface DefinitionRegistry {
  register(spec: DefinitionKindSpec): void;
  kinds(): string[];
  get(kind: string): DefinitionKindSpec | undefined;
  schemaOf(kind: string): Record<string, unknown> | undefined;
  /** Shape (JSON Schema) then meaning (semantic checks); `[]` means valid. */
  validate(def: unknown, options?: ValidateOptions): Issue[];
  referencesOf(def: unknown): Reference[];
}

/** A registry of definition kinds; each schema is compiled once, on first use. */
export function createDefinitionRegistry(rules: RuleEngine): DefinitionRegistry {
  const specs = new Map<string, DefinitionKindSpec>();
  const compiled = new Map<string, ValidateFunction>();
  const ajv = new Ajv({ allErrors: true, strict: false });

  function validatorFor(spec: DefinitionKindSpec): ValidateFunction {
    let fn = compiled.get(spec.kind);
    if (!fn) {
      fn = ajv.compile(spec.schema);
      compiled.set(spec.kind, fn);
    }
    return fn;
  }

  return {
    register(spec) {
      specs.set(spec.kind, spec);
      compiled.delete(spec.kind);
    },
    kinds: () => [...specs.keys()],
    get: (kind) => specs.get(kind),
    schemaOf: (kind) => specs.get(kind)?.schema,
    validate(def, options = {}) {
      const locale = options.locale ?? 'en';
      if (def === null || typeof def !== 'object' || Array.isArray(def)) {
        return [makeIssue('definition.not-object', '', locale)];
      }
      const kind = (def as { kind?: unknown }).kind;
      const spec = typeof kind === 'string' ? specs.get(kind) : undefined;
      if (!spec) {
        return [makeIssue('definition.unknown-kind', '/kind', locale, { kind: String(kind) })];
      }
      const fn = validatorFor(spec);
      if (!fn(def)) return ajvToIssues(fn.errors, locale);
      return spec.check ? spec.check(def, { locale, rules }) : [];
    },
    referencesOf(def) {
      const kind = (def as { kind?: unknown } | null)?.kind;
      const spec = typeof kind === 'string' ? specs.get(kind) : undefined;
      return spec?.references ? spec.references(def) : [];
    },
  };
}
