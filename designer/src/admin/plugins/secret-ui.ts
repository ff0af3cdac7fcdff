import type { RJSFSchema, UiSchema } from '@rjsf/utils';

const isSchema = (x: unknown): x is RJSFSchema => !!x && typeof x === 'object' && !Array.isArray(x);

/**
 * The uiSchema that renders every secret string (`writeOnly`) of a plugin's schema as a password input, at any
 * depth: nested objects, maps (`additionalProperties`, e.g. a secret per subscription) and lists. A string under a
 * `writeOnly` object is a secret too. `placeholder(topLevelName)` says whether a value is already stored.
 */
export function secretUi(schema: RJSFSchema, placeholder: (field: string) => string): UiSchema {
  const ui: UiSchema = {};
  for (const [name, prop] of Object.entries(schema.properties ?? {})) {
    const u = isSchema(prop) ? node(prop, false, placeholder(name)) : undefined;
    if (u) ui[name] = u;
  }
  return ui;
}

function node(s: RJSFSchema, inSecret: boolean, placeholder: string): UiSchema | undefined {
  const secret = inSecret || s.writeOnly === true;
  if (s.type === 'string') return secret ? { 'ui:widget': 'password', 'ui:placeholder': placeholder } : undefined;
  const ui: UiSchema = {};
  for (const [name, prop] of Object.entries(s.properties ?? {})) {
    const u = isSchema(prop) ? node(prop, secret, placeholder) : undefined;
    if (u) ui[name] = u;
  }
  const extra = isSchema(s.additionalProperties) ? node(s.additionalProperties, secret, placeholder) : undefined;
  if (extra) ui.additionalProperties = extra;
  const items = isSchema(s.items) ? node(s.items, secret, placeholder) : undefined;
  if (items) ui.items = items;
  return Object.keys(ui).length ? ui : undefined;
}
