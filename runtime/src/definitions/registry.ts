import { Ajv, type ValidateFunction } from 'ajv';
import type { Issue, Locale } from '../core/issue.js';
import { builtinMessages, type Messages } from '../core/messages.js';
import { registerOnce, type RegisterOptions } from '../core/registry-error.js';
import type { RuleEngine } from '../rules/types.js';
import { ajvToIssues } from './ajv-issues.js';
import type { DefinitionKindSpec, Reference } from './kind-spec.js';


export interface ValidateOptions {
  locale?: Locale;
}

export interface DefinitionRegistry {
  /** A kind already registered throws `registry.duplicate-key` unless `{ replace: true }`. */
  register(spec: DefinitionKindSpec, options?: RegisterOptions): void;
  /** The catalogue this registry formats issue messages with (built-in plus its kinds' own). */
  messages(): Messages;
  kinds(): string[];
  get(kind: string): DefinitionKindSpec | undefined;
  schemaOf(kind: string): Record<string, unknown> | undefined;
  /** Shape (JSON Schema) then meaning (semantic checks); `[]` means valid. */
  validate(def: unknown, options?: ValidateOptions): Issue[];
  referencesOf(def: unknown): Reference[];
}

export interface DefinitionRegistryOptions {
  /** The base catalogue (default: the runtime's immutable built-in one). */
  messages?: Messages;
}

/**
 * A registry of definition kinds; each schema is compiled once, on first use. It owns its message
 * catalogue: every issue it returns is worded from it, so a host can add or reword codes per registry
 * without touching any other registry or the built-in texts.
 */
export function createDefinitionRegistry(rules: RuleEngine, options: DefinitionRegistryOptions = {}): DefinitionRegistry {
  const specs = new Map<string, DefinitionKindSpec>();
  let messages = options.messages ?? builtinMessages();
  const reword = (issues: Issue[], locale: Locale) => issues.map((i) => (messages.has(i.code) ? { ...i, message: messages.format(i.code, locale, i.params ?? {}) } : i));
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
    register(spec, opts) {
      registerOnce(specs, 'definition kinds', spec.kind, spec, opts);
      if (spec.messages) messages = messages.extend(spec.messages, opts);
      compiled.delete(spec.kind);
    },
    messages: () => messages,
    kinds: () => [...specs.keys()],
    get: (kind) => specs.get(kind),
    schemaOf: (kind) => specs.get(kind)?.schema,
    validate(def, options = {}) {
      const locale = options.locale ?? 'en';
      if (def === null || typeof def !== 'object' || Array.isArray(def)) {
        return [messages.issue('definition.not-object', '', locale)];
      }
      const kind = (def as { kind?: unknown }).kind;
      const spec = typeof kind === 'string' ? specs.get(kind) : undefined;
      if (!spec) {
        return [messages.issue('definition.unknown-kind', '/kind', locale, { kind: String(kind) })];
      }
      const fn = validatorFor(spec);
      if (!fn(def)) return reword(ajvToIssues(fn.errors, locale), locale);
      return spec.check ? reword(spec.check(def, { locale, rules }), locale) : [];
    },
    referencesOf(def) {
      const kind = (def as { kind?: unknown } | null)?.kind;
      const spec = typeof kind === 'string' ? specs.get(kind) : undefined;
      return spec?.references ? spec.references(def) : [];
    },
  };
}
