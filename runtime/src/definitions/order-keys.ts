/**
 * Put an object's keys in the order its JSON Schema lists them (recursively), unknown keys after, in their
 * own order. Storage such as PostgreSQL jsonb does not keep the author's key order; the schema's order
 * (kind, key, title, ... then the body) is the readable one for editors and API clients.
 */
type Schema = Record<string, any>;

export function orderKeysBySchema(value: unknown, schema: Schema, root: Schema = schema): unknown {
  const s = resolve(schema, root);
  if (Array.isArray(value)) {
    const items = s?.items;
    return items && typeof items === 'object' && !Array.isArray(items) ? value.map((v) => orderKeysBySchema(v, items, root)) : value;
  }
  if (value === null || typeof value !== 'object' || !s) return value;
  const props = propertiesOf(s, root, value as Record<string, unknown>);
  const src = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(props)) if (Object.prototype.hasOwnProperty.call(src, k)) out[k] = orderKeysBySchema(src[k], props[k], root);
  for (const k of Object.keys(src)) if (!(k in out)) out[k] = orderKeysBySchema(src[k], additionalOf(s, root), root);
  return out;
}

function resolve(schema: Schema | undefined, root: Schema): Schema | undefined {
  let s = schema;
  for (let hops = 0; s && typeof s.$ref === 'string' && hops < 8; hops++) {
    s = s.$ref.startsWith('#/') ? s.$ref.slice(2).split('/').reduce((o: any, seg: string) => o?.[seg], root) : undefined;
  }
  return s;
}

/** Properties of a schema including those its allOf / anyOf / oneOf branches and matching if-then declare. */
function propertiesOf(schema: Schema, root: Schema, value: Record<string, unknown>): Record<string, Schema> {
  const out: Record<string, Schema> = {};
  const visit = (s: Schema | undefined, depth: number) => {
    s = resolve(s, root);
    if (!s || depth > 6) return;
    for (const [k, v] of Object.entries((s.properties ?? {}) as Record<string, Schema>)) if (!(k in out) || isBare(out[k])) out[k] = v;
    for (const key of ['allOf', 'anyOf', 'oneOf'] as const) for (const b of (s[key] ?? []) as Schema[]) visit(b, depth + 1);
    if (s.if) visit(constsMatch(s.if, value) ? s.then : s.else, depth + 1);
  };
  visit(schema, 0);
  return out;
}

/** Enough of `if` for discriminated unions: every `const` the condition names must match. */
function constsMatch(cond: Schema, value: Record<string, unknown>): boolean {
  return Object.entries((cond.properties ?? {}) as Record<string, Schema>).every(([k, v]) => !('const' in v) || value[k] === v.const);
}

/** A schema that says nothing about key order (e.g. `{type: 'object'}`): a branch's fuller one replaces it. */
function isBare(s: Schema): boolean {
  return !s || ['properties', 'items', '$ref', 'allOf', 'anyOf', 'oneOf'].every((k) => s[k] === undefined);
}

function additionalOf(schema: Schema, root: Schema): Schema {
  const a = schema.additionalProperties;
  return a && typeof a === 'object' ? a : (resolve(schema.patternProperties ? Object.values(schema.patternProperties)[0] as Schema : {}, root) ?? {});
}
