import type { Issue, Locale } from './issue.js';

/**
 * Message catalogues keyed by stable issue code. Each module registers its own codes with
 * `registerMessages` so the catalogue lives next to the code that raises them.
 * Templates use `{name}` placeholders filled from the issue params.
 */
export type MessageCatalogue = Record<string, Record<Locale, string>>;

const catalogue: MessageCatalogue = {};

export function registerMessages(messages: MessageCatalogue): void {
  for (const [code, byLocale] of Object.entries(messages)) catalogue[code] = byLocale;
}

export function hasMessage(code: string): boolean {
  return Object.prototype.hasOwnProperty.call(catalogue, code);
}

export function formatMessage(code: string, locale: Locale = 'en', params: Record<string, unknown> = {}): string {
  const entry = catalogue[code];
  const template = entry ? (entry[locale] ?? entry.en) : code;
  return template.replace(/\{(\w+)\}/g, (_, name: string) =>
    params[name] === undefined ? `{${name}}` : String(params[name]),
  );
}

/** An issue with its message in the caller's locale: the one way every module builds one. */
export function makeIssue(code: string, path: string, locale: Locale = 'en', params: Record<string, unknown> = {}): Issue {
  return { path, code, message: formatMessage(code, locale, params), params };
}
