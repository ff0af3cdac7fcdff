import type { Locale } from './issue.js';

/**
 * Messages keyed by stable issue code, one template per locale; `{name}` placeholders are filled from
 * the issue params. A module declares its catalogue as data (no side effects on import); registries and
 * engines own the combined catalogue they format with (see messages.ts).
 */
export type MessageCatalogue = Readonly<Record<string, Readonly<Record<Locale, string>>>>;

/** Declare a module's catalogue: a frozen copy, so no one can change built-in texts at run time. */
export function defineMessages(messages: Record<string, Record<Locale, string>>): MessageCatalogue {
  const copy: Record<string, Readonly<Record<Locale, string>>> = {};
  for (const [code, byLocale] of Object.entries(messages)) copy[code] = Object.freeze({ ...byLocale });
  return Object.freeze(copy);
}
