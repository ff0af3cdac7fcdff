/**
 * The definition kinds analysts design and the definitions API stores, listed once, in editor order.
 * (Plugin manifests are a registered kind too, but they are installed, not designed.) The server's
 * schemas, the designer's kind tabs and the release check import this list.
 */
export const DEFINITION_KINDS = ['form', 'flow', 'routing', 'review'] as const;

export type DefinitionKind = (typeof DEFINITION_KINDS)[number];

export function isDefinitionKind(value: unknown): value is DefinitionKind {
  return typeof value === 'string' && (DEFINITION_KINDS as readonly string[]).includes(value);
}
