/**
 * The action node's input mapping as rows: `config.input` is `{ <property>: <JSON Logic> }` (the runtime evaluates
 * each rule on `{ order, vars }`, runtime/src/flow/nodes/action.ts). A row shows a property either read from a
 * variable (`{"var": "<path>"}`) or a constant (string, number, boolean: JSON Logic returns a literal as is).
 * Any other rule is opaque: kept verbatim, shown read-only, never emptied by an edit of another row.
 */
export type MappingValue =
  | { kind: 'empty' }
  | { kind: 'var'; path: string }
  | { kind: 'const'; value: string | number | boolean }
  | { kind: 'opaque'; rule: unknown };

export type ValueType = 'string' | 'number' | 'integer' | 'boolean' | 'other';

export interface MappingRow {
  key: string;
  type: ValueType;
  required: boolean;
  /** False for a key the stored mapping has but the capability's schema does not name (kept, shown last). */
  inSchema: boolean;
  title?: string;
  value: MappingValue;
}

export type InputMap = Record<string, unknown>;

export function parseValue(rule: unknown): MappingValue {
  if (rule === undefined) return { kind: 'empty' };
  if (typeof rule === 'string' || typeof rule === 'number' || typeof rule === 'boolean') return { kind: 'const', value: rule };
  if (rule && typeof rule === 'object' && !Array.isArray(rule)) {
    const keys = Object.keys(rule);
    const v = (rule as { var?: unknown }).var;
    if (keys.length === 1 && keys[0] === 'var' && typeof v === 'string' && v !== '') return { kind: 'var', path: v };
  }
  return { kind: 'opaque', rule };
}

/** The stored rule of a value; `undefined` means "no entry" (an empty row is not stored). */
export function toRule(v: MappingValue): unknown {
  switch (v.kind) {
    case 'empty': return undefined;
    case 'var': return { var: v.path };
    case 'const': return v.value;
    case 'opaque': return v.rule;
  }
}

function typeOf(prop: unknown): ValueType {
  const t = (prop as { type?: unknown } | null)?.type;
  const first = Array.isArray(t) ? t.find((x) => x !== 'null') : t;
  return first === 'string' || first === 'number' || first === 'integer' || first === 'boolean' ? first : 'other';
}

/** One row per property of the input schema (schema order, required first kept in place), then stored extras. */
export function mappingRows(schema: unknown, input: InputMap | undefined): MappingRow[] {
  const s = (schema ?? {}) as { properties?: Record<string, unknown>; required?: unknown };
  const props = s.properties && typeof s.properties === 'object' ? s.properties : {};
  const required = new Set(Array.isArray(s.required) ? s.required.filter((r): r is string => typeof r === 'string') : []);
  const stored = input ?? {};
  const rows: MappingRow[] = Object.entries(props).map(([key, prop]) => {
    const title = (prop as { title?: unknown } | null)?.title;
    return {
      key, type: typeOf(prop), required: required.has(key), inSchema: true,
      ...(typeof title === 'string' ? { title } : {}),
      value: parseValue(Object.hasOwn(stored, key) ? stored[key] : undefined),
    };
  });
  for (const key of Object.keys(stored)) {
    if (!Object.hasOwn(props, key)) rows.push({ key, type: 'other', required: false, inSchema: false, value: parseValue(stored[key]) });
  }
  return rows;
}

/** The mapping with one row changed; the other entries stay exactly as stored. `undefined` when nothing is left. */
export function setRow(input: InputMap | undefined, key: string, value: MappingValue): InputMap | undefined {
  const next: InputMap = { ...(input ?? {}) };
  const rule = toRule(value);
  if (rule === undefined) delete next[key];
  else next[key] = rule;
  return Object.keys(next).length ? next : undefined;
}

/** A constant typed by the property's schema type; text that is not a number stays text for a number row. */
export function constantFor(type: ValueType, text: string): MappingValue {
  if (text === '') return { kind: 'empty' };
  if (type === 'number' || type === 'integer') {
    const n = Number(text);
    return Number.isFinite(n) && text.trim() !== '' ? { kind: 'const', value: n } : { kind: 'const', value: text };
  }
  if (type === 'boolean') return { kind: 'const', value: text === 'true' };
  return { kind: 'const', value: text };
}
