import { builtinCatalogues } from './builtin-messages.js';
import type { Issue, Locale } from './issue.js';
import { defineMessages, type MessageCatalogue } from './message-catalogue.js';
import { RegistryError, type RegisterOptions } from './registry-error.js';

export { defineMessages, type MessageCatalogue } from './message-catalogue.js';

/**
 * An immutable set of message catalogues. Each registry or engine owns one (the built-in set by default);
 * `extend` returns a new set and refuses a code that is already present (`registry.duplicate-key`).
 */
export interface Messages {
  has(code: string): boolean;
  codes(): string[];
  format(code: string, locale?: Locale, params?: Record<string, unknown>): string;
  issue(code: string, path: string, locale?: Locale, params?: Record<string, unknown>): Issue;
  extend(more: MessageCatalogue, options?: RegisterOptions): Messages;
}

export function createMessages(catalogues: readonly MessageCatalogue[], options: RegisterOptions = {}): Messages {
  const table = new Map<string, Readonly<Record<Locale, string>>>();
  for (const catalogue of catalogues) {
    for (const [code, byLocale] of Object.entries(catalogue)) {
      if (table.has(code) && !options.replace) throw new RegistryError('registry.duplicate-key', 'messages', code);
      table.set(code, byLocale);
    }
  }
  const format = (code: string, locale: Locale = 'en', params: Record<string, unknown> = {}) => {
    const entry = table.get(code);
    const template = entry ? (entry[locale] ?? entry.en) : code;
    return template.replace(/\{(\w+)\}/g, (_, name: string) => (params[name] === undefined ? `{${name}}` : String(params[name])));
  };
  const own = Object.freeze(Object.fromEntries(table)) as MessageCatalogue;
  return Object.freeze({
    has: (code: string) => table.has(code),
    codes: () => [...table.keys()],
    format,
    issue: (code: string, path: string, locale: Locale = 'en', params: Record<string, unknown> = {}): Issue => ({ path, code, message: format(code, locale, params), params }),
    extend: (more: MessageCatalogue, opts: RegisterOptions = {}) => createMessages([own, defineMessages(more as Record<string, Record<Locale, string>>)], opts),
  });
}

let builtin: Messages | undefined;
/** The runtime's own messages (every built-in code, en + zh-CN); immutable, built on first use. */
export function builtinMessages(): Messages {
  return (builtin ??= createMessages(builtinCatalogues()));
}

export function hasMessage(code: string): boolean {
  return builtinMessages().has(code);
}

/** Format with the built-in catalogue; registries with their own catalogue use `messages.format`. */
export function formatMessage(code: string, locale: Locale = 'en', params: Record<string, unknown> = {}): string {
  return builtinMessages().format(code, locale, params);
}

/** An issue with its message in the caller's locale: the one way every built-in check builds one. */
export function makeIssue(code: string, path: string, locale: Locale = 'en', params: Record<string, unknown> = {}): Issue {
  return builtinMessages().issue(code, path, locale, params);
}
