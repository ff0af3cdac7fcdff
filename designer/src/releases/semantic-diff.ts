/** One semantic change between the published body and the draft. */
export interface SemanticChange {
  /** What changed: a flow node / edge, a form field, or any JSON path. */
  subject: 'node' | 'edge' | 'field' | 'path';
  change: 'added' | 'removed' | 'changed';
  /** Node or edge id, field key (nested keys joined by '/'), or JSON Pointer. */
  id: string;
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const canon = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (isObj(x) ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, x[k]])) : x));
const same = (a: unknown, b: unknown) => canon(a) === canon(b);
const esc = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');

function byId(list: unknown, idOf: (x: Json) => string | undefined): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (Array.isArray(list)) for (const x of list) if (isObj(x)) { const id = idOf(x); if (id !== undefined) out.set(id, x); }
  return out;
}

function diffKeyed(subject: SemanticChange['subject'], a: Map<string, unknown>, b: Map<string, unknown>): SemanticChange[] {
  const out: SemanticChange[] = [];
  for (const [id, x] of a) {
    if (!b.has(id)) out.push({ subject, change: 'removed', id });
    else if (!same(x, b.get(id))) out.push({ subject, change: 'changed', id });
  }
  for (const id of b.keys()) if (!a.has(id)) out.push({ subject, change: 'added', id });
  return out;
}

/** Every leaf path whose value differs (arrays compared by index). */
export function jsonPathDiff(a: unknown, b: unknown, at = ''): SemanticChange[] {
  if (same(a, b)) return [];
  if (a === undefined) return [{ subject: 'path', change: 'added', id: at || '/' }];
  if (b === undefined) return [{ subject: 'path', change: 'removed', id: at || '/' }];
  const both = (isObj(a) && isObj(b)) || (Array.isArray(a) && Array.isArray(b));
  if (!both) return [{ subject: 'path', change: 'changed', id: at || '/' }];
  const keys = new Set([...Object.keys(a as Json), ...Object.keys(b as Json)]);
  return [...keys].flatMap((k) => jsonPathDiff((a as Json)[k], (b as Json)[k], `${at}/${esc(k)}`));
}

/** Form fields by key, nested ones (sections, line-item columns) as `parent/child`. */
function formFields(fields: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (!Array.isArray(fields)) return out;
  for (const f of fields) {
    if (!isObj(f) || typeof f.key !== 'string') continue;
    const id = prefix + f.key;
    const { fields: sub, columns, ...own } = f;
    out.set(id, own);
    formFields(sub, `${id}/`, out);
    formFields(columns, `${id}/`, out);
  }
  return out;
}

const strip = (b: unknown, keys: string[]) => (isObj(b) ? Object.fromEntries(Object.entries(b).filter(([k]) => !keys.includes(k) && k !== 'version')) : b);

/**
 * What a release changes, in the designer's words: flows by node and edge (a moved box is a `/layout` path,
 * never a node change), forms by field, every other part by JSON path. `version` stamps are ignored.
 */
export function semanticDiff(kind: string, published: unknown, draft: unknown): SemanticChange[] {
  const a = isObj(published) ? published : {};
  const b = isObj(draft) ? draft : {};
  if (kind === 'flow') {
    return [
      ...diffKeyed('node', byId(a.nodes, (x) => x.id as string), byId(b.nodes, (x) => x.id as string)),
      ...diffKeyed('edge', byId(a.edges, (x) => x.id as string), byId(b.edges, (x) => x.id as string)),
      ...jsonPathDiff(strip(a, ['nodes', 'edges']), strip(b, ['nodes', 'edges'])),
    ];
  }
  if (kind === 'form') {
    return [...diffKeyed('field', formFields(a.fields), formFields(b.fields)), ...jsonPathDiff(strip(a, ['fields']), strip(b, ['fields']))];
  }
  return jsonPathDiff(strip(a, []), strip(b, []));
}
